package org.neighbourhoodportal.timeline;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.support.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The record page shell on feedback and proposals: its timeline, where it is now, and withdrawing from it. */
class RecordPageViewsTests extends ViewTest {

    @Autowired Clock clock;

    @Test
    void the_feedback_page_shows_the_timeline_with_who_acted_and_the_ppg_does_not_see_the_routing_note() {
        long id = loop.submitAsPpg("Shell: a routed item");
        loop.completeOk(LEAD, id, Map.of("acknowledgement", "Thanks"));
        loop.completeOk(LEAD, id, Map.of("route", "answer", "routingNote", "We can answer this ourselves"));

        signIn.as(LEAD);
        navigate("feedback/" + id);
        assertThat(_get(H2.class, spec -> spec.withId("record-title")).getText())
                .isEqualTo("Feedback from Market Harborough Medical Centre PPG");
        assertThat(timeline()).contains("Acknowledged", "Helen Carter", "Routed (seen by the INT only)",
                "We can answer this ourselves");
        assertThat(_find(Button.class, spec -> spec.withId("withdraw"))).isEmpty();

        newTab();
        signIn.as(PPG_REP);
        navigate("feedback/" + id);
        assertThat(timeline()).contains("Feedback submitted", "Margaret Ellis", "Acknowledged")
                .doesNotContain("Routed", "We can answer this ourselves");
    }

    @Test
    void the_sender_withdraws_feedback_from_its_page_with_a_reason_and_the_page_says_so() {
        long id = loop.submitAsPpg("Shell: withdrawn from the page");
        signIn.as(PPG_REP);
        navigate("feedback/" + id);

        _click(_get(Button.class, spec -> spec.withId("withdraw")));
        _click(_get(Button.class, spec -> spec.withId("withdraw-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("withdraw-reason"));
        assertThat(reason.isInvalid()).as("an empty reason is refused on the field").isTrue();

        reason.setValue("We raised it with the practice directly.");
        _click(_get(Button.class, spec -> spec.withId("withdraw-confirm")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("record-now")).getText()).startsWith("Withdrawn on ");
        assertThat(timeline()).contains("Withdrawn", "We raised it with the practice directly.");
        assertThat(_find(Button.class, spec -> spec.withId("withdraw"))).isEmpty();
    }

    @Test
    void the_proposal_page_has_the_same_shell_and_its_lead_withdraws_it() {
        long id = loop.shareProposal("Shell: Saturday clinic", LocalDate.now(clock));
        signIn.as(LEAD);
        navigate("proposals/" + id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("record-now")).getText())
                .isEqualTo("Waiting for: Give your view on the proposal.");
        assertThat(timeline()).contains("Proposal shared with the PPGs", "Helen Carter");

        _click(_get(Button.class, spec -> spec.withId("withdraw")));
        _get(TextArea.class, spec -> spec.withId("withdraw-reason")).setValue("Overtaken by the ICB's plan.");
        _click(_get(Button.class, spec -> spec.withId("withdraw-confirm")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("record-now")).getText())
                .isEqualTo("Withdrawn: nothing more is asked.");
        assertThat(timeline()).contains("Withdrawn", "Overtaken by the ICB's plan.");

        newTab();
        signIn.as(PPG_REP);
        navigate("proposals/" + id);
        assertThat(timeline()).contains("Withdrawn", "Overtaken by the ICB's plan.");
        assertThat(_find(Button.class, spec -> spec.withId("withdraw"))).isEmpty();
    }

    private static String timeline() {
        return _get(Div.class, spec -> spec.withId("record-timeline")).getElement().getTextRecursively();
    }
}
