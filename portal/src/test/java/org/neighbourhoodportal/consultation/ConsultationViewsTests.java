package org.neighbourhoodportal.consultation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The consultation pages as people use them, without a browser. */
class ConsultationViewsTests extends ViewTest {

    @Autowired ConsultationDriver drive;
    @Autowired ConsultationService consultations;
    @Autowired RunAs runAs;

    @Test
    void a_lead_sets_up_a_consultation_and_its_page_lists_what_is_missing_before_launch() {
        signIn.as(LEAD);
        navigate("consultations/new");
        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("Draft Health and Wellbeing Strategy");
        _get(TextArea.class, spec -> spec.withLabel("Summary in plain English"))
                .setValue("The district council's draft strategy.");
        _get(TextArea.class, spec -> spec.withLabel("Question 1")).setValue("The priorities are right.");
        _get(TextArea.class, spec -> spec.withLabel("Question 2")).setValue("What is missing?");
        _click(_get(Button.class, spec -> spec.withId("save-consultation")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).matches("consultations/\\d+");
        String checks = _get(Div.class, spec -> spec.withId("launch-checks")).getElement().getTextRecursively();
        assertThat(checks).contains("✗ The proposal is still formative", "✗ The evidence pack is attached",
                "✓ Enough time to respond", "✗ Approved by the INT lead");
        assertThat(_find(Button.class, spec -> spec.withId("launch-consultation"))).isEmpty();
    }

    @Test
    void set_up_problems_are_marked_on_their_fields_and_what_was_typed_stays() {
        signIn.as(LEAD);
        navigate("consultations/new");
        _get(TextArea.class, spec -> spec.withLabel("Question 1")).setValue("Agree?");
        _click(_get(Button.class, spec -> spec.withId("save-consultation")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("consultations/new");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Question 2")).isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Question 1")).getValue()).isEqualTo("Agree?");
    }

    @Test
    void a_member_drafts_the_response_with_a_field_for_each_kind_of_question_and_the_lead_sees_the_results() {
        long id = drive.launched("Views strategy");
        signIn.as(MEMBER);
        navigate("consultations/" + id);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> agreement = _get(RadioButtonGroup.class,
                spec -> spec.withLabel("1. The strategy's priorities are the right ones. (must be answered)"));
        agreement.setValue("Agree");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> help = _get(CheckboxGroup.class, spec -> spec.withLabel(
                "3. Where could your organisation help?"));
        help.setValue(java.util.Set.of("Volunteering"));
        @SuppressWarnings("unchecked")
        Select<String> first = _get(Select.class, spec -> spec.withLabel("First"));
        first.setValue("Access");
        _get(TextArea.class, spec -> spec.withLabel("5. What is missing from the strategy? (must be answered)"))
                .setValue("Young carers.");
        _click(_find(Button.class).stream().filter(b -> b.getId().orElse("").startsWith("save-response-"))
                .findFirst().orElseThrow());
        assertThat(_get(Paragraph.class, spec -> spec.withText("Ranking: Put every choice in order, each once.")
                .withText("Question 4: Put every choice in order, each once.")).getText()).contains("Question 4");

        @SuppressWarnings("unchecked")
        Select<String> second = _get(Select.class, spec -> spec.withLabel("Second"));
        second.setValue("Prevention");
        @SuppressWarnings("unchecked")
        Select<String> third = _get(Select.class, spec -> spec.withLabel("Third"));
        third.setValue("Joined-up care");
        _click(_find(Button.class).stream().filter(b -> b.getId().orElse("").startsWith("save-response-"))
                .findFirst().orElseThrow());
        assertThat(runAs.person(MEMBER, () -> consultations.details(id).myResponses().get(0).status()))
                .isEqualTo(ResponseStatus.DRAFT);
        drive.send(MEMBER, id);

        signIn.as(LEAD);
        navigate("consultations/" + id);
        assertThat(_get(Anchor.class, spec -> spec.withId("consultation-results-link")).getHref())
                .isEqualTo("consultations/" + id + "/results");
        navigate("consultations/" + id + "/results");
        assertThat(_get(H2.class).getText()).isEqualTo("Results: Views strategy");
        @SuppressWarnings("unchecked")
        Grid<ConsultationResults.Rate> sectors = _get(Grid.class, spec -> spec.withId("sector-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(sectors)).isEqualTo(9); // the demo INT's sectors
        assertThat(_find(Span.class, spec -> spec.withText("Young carers."))).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withText("1 response"))).isNotEmpty();
    }

    @Test
    void a_ppg_sees_the_list_and_its_own_response_but_no_results_link() {
        long id = drive.launched("PPG strategy");
        signIn.as(PPG_REP);
        navigate("consultations");
        @SuppressWarnings("unchecked")
        Grid<ConsultationRow> grid = _get(Grid.class, spec -> spec.withId("consultation-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isGreaterThanOrEqualTo(1);
        navigate("consultations/" + id);
        assertThat(_find(Anchor.class, spec -> spec.withId("consultation-results-link"))).isEmpty();
        assertThat(_find(H3.class, spec -> spec.withText("Your response for Market Harborough Medical Centre PPG")))
                .hasSize(1);
    }
}
