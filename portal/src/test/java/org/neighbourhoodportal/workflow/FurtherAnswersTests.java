package org.neighbourhoodportal.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.forms.FormReader;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.ViewTest;
import org.neighbourhoodportal.timeline.TimelineEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A field added to a form in Camunda Modeler's form editor ({@code respond-to-feedback.form}, saved by the editor with
 * "Who else has been told about this?", id {@code Field_0loe51q}, no maxLength) is shown, validated, kept and shown on
 * the record's page with its label, though the feedback feature knows nothing of it.
 */
@RecordApplicationEvents
class FurtherAnswersTests extends ViewTest {

    @Autowired FeedbackService feedback;
    @Autowired WorkflowService workflow;
    @Autowired RunAs runAs;
    @Autowired ApplicationEvents events;

    private long waitingForResponse(String summary) {
        long id = loop.submitAsPpg(summary);
        loop.completeOk(LEAD, id, Map.of("acknowledgement", "Thank you, we have it."));
        loop.completeOk(LEAD, id, Map.of("route", "answer"));
        return id;
    }

    @Test
    void the_new_field_is_on_the_task_form_the_lead_opens() {
        long id = waitingForResponse("Further answers: form");
        WorkItem task = loop.requireTask(LEAD, id);

        TaskForm form = runAs.person(LEAD, () -> workflow.form(task.id()));

        assertThat(form.definition().field("alsoToldWho")).get()
                .satisfies(f -> assertThat(f.label()).isEqualTo("Who else has been told about this?"))
                .satisfies(f -> assertThat(f.maxLength()).isEqualTo(FormReader.DEFAULT_MAX_LENGTH));
    }

    @Test
    void an_answer_to_the_new_field_is_kept_with_its_label_and_shown_on_the_feedback_page() {
        long id = waitingForResponse("Further answers: kept");
        loop.completeOk(LEAD, id, Map.of("response", "We changed the phone message.",
                "alsoToldWho", "The practice manager"));

        List<FurtherAnswer> answers = runAs.person(LEAD, () -> feedback.furtherAnswers(id));
        assertThat(answers).singleElement().satisfies(a -> {
            assertThat(a.label()).isEqualTo("Who else has been told about this?");
            assertThat(a.answer()).isEqualTo("The practice manager");
            assertThat(a.fieldKey()).isEqualTo("alsoToldWho");
            assertThat(a.formKey()).isEqualTo("respond-to-feedback");
            assertThat(a.formVersion()).isPositive();
            assertThat(a.taskName()).isNotBlank();
            assertThat(a.answeredBy()).isNotBlank().isNotEqualTo("The portal");
        });
        assertThat(events.stream(FurtherAnswersGiven.class))
                .anySatisfy(e -> assertThat(e.businessKey()).isEqualTo(Long.toString(id)));

        signIn.as(LEAD);
        navigate("feedback/" + id);
        Div panel = _get(Div.class, spec -> spec.withId("further-answers"));
        assertThat(panel.isVisible()).isTrue();
        assertThat(panel.getElement().getTextRecursively())
                .contains("Who else has been told about this?", "The practice manager");
    }

    @Test
    void an_answer_to_the_new_field_is_on_the_records_timeline_for_the_int_credited_to_who_gave_it() {
        long id = waitingForResponse("Further answers: timeline");
        loop.completeOk(LEAD, id, Map.of("response", "We changed the phone message.",
                "alsoToldWho", "The practice manager"));

        List<TimelineEntry> lines = runAs.person(LEAD, () -> feedback.details(id).timeline());
        assertThat(lines).filteredOn(l -> l.kind().equals("FURTHER_ANSWERS")).singleElement().satisfies(l -> {
            assertThat(l.what()).startsWith("Further answers: ");
            assertThat(l.detail()).isEqualTo("Who else has been told about this?: The practice manager");
            assertThat(l.who()).isEqualTo("Helen Carter");
            assertThat(l.byPerson()).isTrue();
            assertThat(l.internal()).isTrue();
        });
        assertThat(runAs.person(PPG_REP, () -> feedback.details(id).timeline()))
                .noneMatch(l -> l.kind().equals("FURTHER_ANSWERS"));
    }

    @Test
    void what_the_feature_keeps_itself_or_the_process_reads_is_not_kept_twice() {
        long id = loop.submitAsPpg("Further answers: nothing extra");
        loop.completeOk(LEAD, id, Map.of("acknowledgement", "Thank you, we have it."));
        loop.completeOk(LEAD, id, Map.of("route", "answer", "routingNote", "Easy one"));
        loop.completeOk(LEAD, id, Map.of("response", "We changed the phone message."));

        assertThat(runAs.person(LEAD, () -> feedback.furtherAnswers(id))).isEmpty();
        signIn.as(LEAD);
        navigate("feedback/" + id);
        assertThat(_find(Div.class, spec -> spec.withId("further-answers"))).as("shown only when there are any").isEmpty();
    }

    @Test
    void a_ppg_representative_does_not_see_the_ints_further_answers() {
        long id = waitingForResponse("Further answers: PPG view");
        loop.completeOk(LEAD, id, Map.of("response", "Done.", "alsoToldWho", "The practice manager"));

        assertThat(runAs.person(PPG_REP, () -> feedback.furtherAnswers(id))).isEmpty();
    }

    @Test
    void the_new_field_is_checked_on_the_server_with_the_default_length() {
        long id = waitingForResponse("Further answers: too long");
        TaskOutcome outcome = loop.complete(LEAD, id, Map.of("response", "Done.",
                "alsoToldWho", "x".repeat(FormReader.DEFAULT_MAX_LENGTH + 1)));

        assertThat(outcome.completed()).isFalse();
        assertThat(outcome.errors()).singleElement()
                .satisfies(e -> assertThat(e.key()).isEqualTo("alsoToldWho"));
        assertThat(runAs.person(LEAD, () -> feedback.furtherAnswers(id))).isEmpty();
    }

    @Test
    void the_task_page_draws_the_new_field_from_the_form() {
        long id = waitingForResponse("Further answers: drawn");
        WorkItem task = loop.requireTask(LEAD, id);
        signIn.as(LEAD);
        navigate("tasks/" + task.id());

        assertThat(_find(TextField.class)).anySatisfy(f ->
                assertThat(f.getLabel()).isEqualTo("Who else has been told about this?"));
    }
}
