package org.neighbourhoodportal.failures;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.support.ViewTest;

/** Text past a limit is kept whole and refused visibly, never cut by the browser. */
class TextLimitTests extends ViewTest {

    @Test
    void a_summary_pasted_past_its_limit_is_kept_whole_and_the_field_says_by_how_much_it_is_over() {
        signIn.as(PPG_REP);
        navigate("feedback/new");
        TextField summary = _get(TextField.class, spec -> spec.withId("field-summary"));
        assertThat(summary.getMaxLength()).as("no browser maxlength to cut a paste").isZero();
        assertThat(count(summary.getHelperComponent())).isEqualTo("0 of 200 characters");

        summary.setValue("A".repeat(230));

        assertThat(summary.getValue()).hasSize(230);
        assertThat(summary.isInvalid()).isTrue();
        assertThat(summary.getErrorMessage()).isEqualTo(
                "This is 230 characters; the limit is 200. Please shorten it by 30.");
        assertThat(count(summary.getHelperComponent())).isEqualTo("230 of 200 characters");

        summary.setValue("A".repeat(200));
        assertThat(summary.isInvalid()).isFalse();
    }

    @Test
    void a_form_sent_with_text_past_its_limit_is_refused_on_the_field_and_keeps_the_text() {
        signIn.as(PPG_REP);
        navigate("feedback/new");
        TextArea said = _get(TextArea.class, spec -> spec.withId("field-patientsSaid"));
        said.setValue("Patients said the leaflet is hard to read. ".repeat(100)); // past 4,000
        _click(_get(Button.class, spec -> spec.withId("send-feedback")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("feedback/new");
        assertThat(said.isInvalid()).isTrue();
        assertThat(said.getValue()).hasSize("Patients said the leaflet is hard to read. ".length() * 100);
    }

    @Test
    void a_task_comment_shows_its_count_and_refuses_past_two_thousand_characters() {
        long feedbackId = loop.submitAsPpg("No hearing loop at the pharmacy counter");
        signIn.as(LEAD);
        navigate("tasks/" + loop.requireTask(LEAD, feedbackId).id());
        TextArea comment = _get(TextArea.class, spec -> spec.withId("comment-text"));
        comment.setValue("x".repeat(2001));

        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).contains("the limit is 2,000");
    }

    private static String count(com.vaadin.flow.component.Component helper) {
        return helper.getChildren().filter(Span.class::isInstance).map(s -> ((Span) s).getText())
                .findFirst().orElseThrow();
    }
}
