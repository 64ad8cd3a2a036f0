package org.neighbourhoodportal.failures;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.SECOND_PPG_REP;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.feedback.ProposalDetails;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.feedback.ProposalStance;
import org.neighbourhoodportal.processes.PpgProposalProcess;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.ViewTest;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.TaskConflictException;
import org.neighbourhoodportal.workflow.TaskOutcome;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Every failure reaches the person, in plain English, and what they typed stays on the form: two people doing the
 * same task, two PPGs answering at the same moment, the database not answering.
 */
@Import(FaultInjection.class)
class FailuresToldTests extends ViewTest {

    @Autowired RunAs runAs;
    @Autowired WorkflowService workflow;
    @Autowired ProposalService proposals;
    @Autowired org.neighbourhoodportal.feedback.ProposalTasks proposalTasks;
    @Autowired org.neighbourhoodportal.rounds.RoundService rounds;
    @Autowired FaultInjection.CompletionGate gate;
    @Autowired javax.sql.DataSource dataSource;

    @AfterEach
    void databaseUpAndGateOpen() {
        database().up();
        gate.disarm();
    }

    @Test
    void the_second_person_to_submit_a_task_is_told_someone_else_has_just_done_it_and_keeps_what_they_typed() {
        long feedbackId = loop.submitAsPpg("Leaflets only in English");
        String taskId = loop.requireTask(LEAD, feedbackId).id();
        signIn.as(LEAD);
        navigate("tasks/" + taskId);
        TextArea acknowledgement = _get(TextArea.class, spec -> spec.withId("field-acknowledgement"));
        acknowledgement.setValue("Thank you – we will ask the practices for translated leaflets.");

        // meanwhile, in another session, the same task is done
        loop.completeOk(LEAD, feedbackId, Map.of("acknowledgement", "Thanks, on it."));
        clickAsVaadinDoes(_get(Button.class, spec -> spec.withId("submit-task")));

        assertThat(failureShown()).startsWith("Someone else has just done this task, so your answer was not saved.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("tasks/" + taskId);
        assertThat(_get(TextArea.class, spec -> spec.withId("field-acknowledgement")).getValue())
                .isEqualTo("Thank you – we will ask the practices for translated leaflets.");
    }

    @Test
    void two_sessions_completing_the_same_task_at_once_save_one_answer_and_tell_the_other_person() throws Exception {
        long feedbackId = loop.submitAsPpg("Car park lights out");
        String taskId = loop.requireTask(LEAD, feedbackId).id();

        List<Object> results = together(
                () -> runAs.person(LEAD, () -> workflow.complete(taskId, Map.of("acknowledgement", "First."))),
                () -> runAs.person(LEAD, () -> workflow.complete(taskId, Map.of("acknowledgement", "Second."))));

        assertThat(results).as("both sessions' results: %s", results)
                .filteredOn(r -> r instanceof TaskOutcome outcome && outcome.completed()).hasSize(1);
        assertThat(results).as("both sessions' results: %s", results)
                .filteredOn(r -> r instanceof TaskConflictException).singleElement()
                .satisfies(e -> assertThat(((Exception) e).getMessage())
                        .startsWith("Someone else has just done this task"));
        assertThat(loop.timeline(LEAD, feedbackId)).filteredOn(what -> what.startsWith("Acknowledged")).hasSize(1);
    }

    @Test
    void two_ppgs_giving_their_views_at_the_same_moment_are_both_saved() throws Exception {
        long proposalId = share("Saturday phlebotomy clinic");
        WorkItem first = taskOn(PPG_REP, proposalId);
        WorkItem second = taskOn(SECOND_PPG_REP, proposalId);

        gate.arm(2); // both completions wait inside the engine until the other has arrived too
        List<Object> results = together(
                () -> runAs.person(PPG_REP, () -> workflow.complete(first.id(), view("support", "Yes please."))),
                () -> runAs.person(SECOND_PPG_REP, () -> workflow.complete(second.id(),
                        view("do-not-support", "Not on Saturdays."))));

        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOfSatisfying(TaskOutcome.class,
                outcome -> assertThat(outcome.completed()).isTrue()));
        ProposalDetails details = runAs.person(LEAD, () -> proposals.details(proposalId));
        assertThat(details.views()).extracting(v -> v.stance())
                .containsExactlyInAnyOrder(ProposalStance.SUPPORT, ProposalStance.DO_NOT_SUPPORT);
        // the round of answers recorded both PPGs as answered, each with who and when
        assertThat(runAs.person(LEAD, () -> rounds.roundFor(ProposalService.ROUND_KIND, proposalId)).orElseThrow()
                .parties()).hasSize(2).allSatisfy(p -> {
                    assertThat(p.state()).isEqualTo(org.neighbourhoodportal.rounds.PartyState.ANSWERED);
                    assertThat(p.answeredAt()).isNotNull();
                });
        assertThat(taskOn(LEAD, proposalId).taskKey()).isEqualTo(PpgProposalProcess.TASK_RECORD_PROPOSAL_DECISION);
    }

    @Test
    void a_submit_while_the_database_is_down_is_told_in_plain_english_and_the_form_keeps_what_was_typed() {
        long feedbackId = loop.submitAsPpg("No step-free access");
        String taskId = loop.requireTask(LEAD, feedbackId).id();
        signIn.as(LEAD);
        navigate("tasks/" + taskId);
        String typed = "Thank you. ".repeat(120); // about 1,300 characters
        _get(TextArea.class, spec -> spec.withId("field-acknowledgement")).setValue(typed);

        database().down();
        clickAsVaadinDoes(_get(Button.class, spec -> spec.withId("submit-task")));

        assertThat(failureShown()).isEqualTo("The portal cannot reach its database just now, so nothing was saved. "
                + "What you typed is still here: please try again in a minute.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("tasks/" + taskId);
        assertThat(_get(TextArea.class, spec -> spec.withId("field-acknowledgement")).getValue()).isEqualTo(typed);

        // and once it is back, the same press of the button works
        database().up();
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("submit-task")));
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("next-step"))).hasSize(1);
        assertThat(loop.taskFor(LEAD, feedbackId).orElseThrow().id()).isNotEqualTo(taskId);
    }

    @Test
    void a_page_opened_while_the_database_is_down_says_so_inside_the_portal_and_shows_no_exception() {
        signIn.as(LEAD);
        navigate("");
        database().down();
        navigate("feedback/1");

        assertThat(_get(H2.class).getText()).isEqualTo("The portal cannot reach its database");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class).getText())
                .isEqualTo("Nothing is lost. Please try again in a minute.").doesNotContain("Exception");
        assertThat(_get(SideNav.class).isVisible()).isTrue();
    }

    @Test
    void an_unexpected_failure_shows_a_reference_and_no_technical_text() {
        signIn.as(LEAD);
        navigate("");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new IllegalStateException("java.lang.NullPointerException at org.hibernate.internal.SessionImpl")));

        assertThat(failureShown()).matches("Something went wrong on our side, so this was not saved\\. What you "
                + "typed is still here: please try again\\. If it happens again, tell your administrator and quote "
                + "reference [0-9A-Z]{6}\\.");
    }

    /** What Vaadin does with an exception from a click listener: it goes to the session's error handler. */
    private static void clickAsVaadinDoes(Button button) {
        try {
            _click(button);
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
    }

    private static String failureShown() {
        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).as("a notification").isNotEmpty();
        Notification last = shown.get(shown.size() - 1);
        assertThat(last.getId()).hasValue("portal-failure");
        return last.getElement().getProperty("text");
    }

    /** The switchable datasource, wherever it sits among the test wrappers (e.g. the statement counter's proxy). */
    private FaultInjection.SwitchableDataSource database() {
        try {
            return dataSource.unwrap(FaultInjection.SwitchableDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The test's datasource cannot be switched off", e);
        }
    }

    /** Runs both at the same moment, each in its own thread; the result or the exception of each, in order. */
    private static List<Object> together(Callable<Object> one, Callable<Object> two) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> work : List.of(one, two)) {
                futures.add(threads.submit(() -> {
                    start.await();
                    try {
                        return work.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private long share(String title) {
        Map<String, Object> values = new HashMap<>();
        values.put("teamId", runAs.person(LEAD, () ->
                proposals.shareFormOptions().get(ProposalService.TEAM_OPTIONS).get(0).value()));
        values.put("title", title);
        values.put("proposal", "What do your members think of: " + title + "?");
        values.put("closesOn", LocalDate.now().plusWeeks(2));
        StartOutcome outcome = runAs.person(LEAD, () -> proposals.share(values));
        assertThat(outcome.errors()).isEmpty();
        return outcome.recordId();
    }

    private static Map<String, Object> view(String stance, String comments) {
        return Map.of("view", stance, "comments", comments);
    }

    private WorkItem taskOn(String person, long proposalId) {
        return runAs.person(person, () -> proposalTasks.yoursOn(proposalId))
                .stream().findFirst().orElseThrow(() -> new AssertionError(person + " has no task"));
    }
}
