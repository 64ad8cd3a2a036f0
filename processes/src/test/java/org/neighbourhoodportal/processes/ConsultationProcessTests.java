package org.neighbourhoodportal.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.neighbourhoodportal.processes.ConsultationProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of a consultation, run in an engine of its own with the delegates mocked. The invitations are the shared
 * round of answers ({@link ResponseRound}, tested on its own in ResponseRoundTests); here the consultation's own steps
 * around it: closing at the deadline, closing early, an extension, no responses, a late response, an overdue outcome.
 */
@Deployment(resources = {ConsultationProcess.RESOURCE, ResponseRound.RESOURCE})
class ConsultationProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .excludeProcessDefinitionKeys(ResponseRound.KEY)
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String CONSULTATION_ID = "23";
    private static final String ROUND_KEY = "61";
    private static final String LEAD_GROUP = "team:5:lead";
    private static final Instant NOW = Instant.parse("2030-03-04T09:00:00Z");
    private static final Date CLOSES_AT = Date.from(Instant.parse("2030-05-27T22:59:59Z"));
    private static final Date REMIND_AT = Date.from(Instant.parse("2030-05-24T22:59:59Z"));
    private static final Date NEW_CLOSES_AT = Date.from(Instant.parse("2030-06-10T22:59:59Z"));
    private static final Date NEW_REMIND_AT = Date.from(Instant.parse("2030-06-07T22:59:59Z"));
    private static final String TWELVE_WEEKS = "P84D";

    /** What the portal's count delegate would find: whether any organisation or PPG responded. */
    private final AtomicBoolean responded = new AtomicBoolean();
    private final JavaDelegate countResponses = mock(JavaDelegate.class);
    private final JavaDelegate escalate = mock(JavaDelegate.class);
    private final JavaDelegate publish = mock(JavaDelegate.class);
    private final JavaDelegate closeRound = mock(JavaDelegate.class);

    @BeforeEach
    void setUp() throws Exception {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        doAnswer(call -> {
            ((DelegateExecution) call.getArgument(0)).setVariable(VAR_ANY_RESPONSES, responded.get());
            return null;
        }).when(countResponses).execute(any());
        Mocks.register(DELEGATE_COUNT_RESPONSES, countResponses);
        Mocks.register(DELEGATE_ESCALATE_OVERDUE_OUTCOME, escalate);
        Mocks.register(DELEGATE_PUBLISH_OUTCOME, publish);
        for (String delegate : ResponseRound.DELEGATES) {
            Mocks.register(delegate, mock(JavaDelegate.class));
        }
        Mocks.register(ResponseRound.DELEGATE_CLOSE_ROUND, closeRound);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void the_deadline_closes_the_consultation_and_the_lead_publishes_the_outcome() throws Exception {
        ProcessInstance consultation = launch(List.of("team:5:org:9", "team:5:org:11", "ppg:3"));

        assertThat(consultation).hasBusinessKey(CONSULTATION_ID).isWaitingAt(TASK_INVITE_RESPONSES);
        List<Task> invitations = openInvitations();
        assertThat(invitations).hasSize(3);
        assertThat(invitations).extracting(ConsultationProcessTests::candidateGroups)
                .containsExactlyInAnyOrder(List.of("team:5:org:9"), List.of("team:5:org:11"), List.of("ppg:3"));
        for (Task invitation : invitations) {
            assertThat(invitation.getFormKey()).isEqualTo(FORM_SUBMIT_CONSULTATION_RESPONSE);
            assertThat(invitation.getName()).isEqualTo("Respond to the consultation");
            assertThat(invitation).hasDueDate(CLOSES_AT);
        }
        respond(invitationFor("team:5:org:9"));
        respond(invitationFor("ppg:3"));
        responded.set(true);

        closeAtTheDeadline();

        assertThat(openInvitations()).as("the organisation that did not respond has no task left").isEmpty();
        verify(closeRound, times(1)).execute(any());
        verify(countResponses, times(1)).execute(any());
        assertThat(consultation).hasPassed(TASK_INVITE_RESPONSES, TASK_COUNT_RESPONSES, GATEWAY_ANY_RESPONSES)
                .isWaitingAtExactly(TASK_CODE_RESPONSES);
        Task code = task(TASK_CODE_RESPONSES, consultation);
        assertThat(code).hasFormKey(FORM_PUBLISH_CONSULTATION_OUTCOME);
        assertThat(candidateGroups(code)).containsExactly(LEAD_GROUP);
        assertThat(job(TIMER_OUTCOME_OVERDUE, consultation).getDuedate())
                .isEqualTo(Date.from(CLOSES_AT.toInstant().plus(Duration.ofDays(84))));

        complete(code, Map.of(VAR_OUTCOME_SUMMARY, "You said the strategy missed young carers; we added them."));

        verify(publish, never()).execute(any()); // asynchronous: the outbox job sends it
        assertThat(consultation).isWaitingAt(TASK_PUBLISH_OUTCOME);
        execute(job(TASK_PUBLISH_OUTCOME, consultation));
        verify(publish, times(1)).execute(any());
        assertThat(consultation).isEnded().hasPassedInOrder(TASK_INVITE_RESPONSES, TASK_COUNT_RESPONSES,
                TASK_CODE_RESPONSES, TASK_PUBLISH_OUTCOME, EVENT_OUTCOME_PUBLISHED);
        assertThat(consultation).hasNotPassed(TASK_ESCALATE_OVERDUE_OUTCOME, TASK_RECORD_NO_RESPONSES);
        verify(escalate, never()).execute(any());
    }

    @Test
    void the_lead_closes_early_and_the_open_invitations_end_before_the_deadline() throws Exception {
        ProcessInstance consultation = launch(List.of("team:5:org:9", "team:5:org:11"));
        respond(invitationFor("team:5:org:9"));
        responded.set(true);

        runtimeService().createMessageCorrelation(ResponseRound.MESSAGE_CLOSE_EARLY)
                .processInstanceBusinessKey(ROUND_KEY).correlate();

        assertThat(openInvitations()).isEmpty();
        assertThat(consultation).isWaitingAtExactly(TASK_CODE_RESPONSES);
        assertThat(jobQuery().timers().list()).extracting(Job::getDuedate)
                .as("only the outcome timer is left; the deadline's has gone with the round")
                .containsExactly(Date.from(NOW.plus(Duration.ofDays(84))));
    }

    @Test
    void the_lead_extends_the_deadline_and_a_response_after_the_old_one_is_still_taken() throws Exception {
        ProcessInstance consultation = launch(List.of("team:5:org:9", "team:5:org:11"));
        respond(invitationFor("team:5:org:9"));

        runtimeService().createMessageCorrelation(ResponseRound.MESSAGE_EXTEND_DEADLINE)
                .processInstanceBusinessKey(ROUND_KEY).setVariable(ResponseRound.VAR_CLOSES_AT, NEW_CLOSES_AT)
                .setVariable(ResponseRound.VAR_REMIND_AT, NEW_REMIND_AT).correlate();

        ProcessInstance round = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(ResponseRound.KEY).processInstanceBusinessKey(ROUND_KEY).singleResult();
        // the round's moveDeadlineDelegate (mocked here; ResponseRoundTests runs it) moves the timers and due dates
        assertThat(round).hasPassed(ResponseRound.TASK_MOVE_DEADLINE).isWaitingAt(ResponseRound.TASK_ANSWER_ROUND);
        assertThat(consultation).isWaitingAt(TASK_INVITE_RESPONSES);
        ClockUtil.setCurrentTime(Date.from(CLOSES_AT.toInstant().plusSeconds(3600)));
        responded.set(true);
        respond(invitationFor("team:5:org:11"));

        assertThat(consultation).hasPassed(TASK_INVITE_RESPONSES).isWaitingAtExactly(TASK_CODE_RESPONSES);
        verify(closeRound, times(1)).execute(any());
    }

    @Test
    void nobody_responds_so_the_lead_records_what_happens_and_nothing_is_published() throws Exception {
        ProcessInstance consultation = launch(List.of("team:5:org:9", "ppg:3"));
        responded.set(false);

        closeAtTheDeadline();

        assertThat(consultation).hasPassed(GATEWAY_ANY_RESPONSES).isWaitingAtExactly(TASK_RECORD_NO_RESPONSES);
        Task record = task(TASK_RECORD_NO_RESPONSES, consultation);
        assertThat(record).hasFormKey(FORM_RECORD_NO_CONSULTATION_RESPONSES);
        assertThat(candidateGroups(record)).containsExactly(LEAD_GROUP);
        assertThat(jobQuery().count()).as("no outcome is due when nobody responded").isZero();

        complete(record, Map.of(VAR_NO_RESPONSES_NOTE, "We will ask again at the March meeting."));

        assertThat(consultation).isEnded().hasPassed(EVENT_CLOSED_WITHOUT_RESPONSES)
                .hasNotPassed(TASK_CODE_RESPONSES, TASK_PUBLISH_OUTCOME);
        verify(publish, never()).execute(any());
    }

    @Test
    void a_response_after_the_deadline_is_refused_because_its_task_has_ended() throws Exception {
        ProcessInstance consultation = launch(List.of("team:5:org:9", "team:5:org:11"));
        respond(invitationFor("team:5:org:9"));
        String late = invitationFor("team:5:org:11").getId();
        responded.set(true);

        closeAtTheDeadline();

        assertThatThrownBy(() -> taskService().complete(late)).as("the late organisation's task is gone")
                .hasMessageContaining(late);
        assertThat(consultation).isWaitingAtExactly(TASK_CODE_RESPONSES);
    }

    @Test
    void no_outcome_twelve_weeks_after_closing_escalates_and_the_lead_can_still_publish() throws Exception {
        ProcessInstance consultation = launch(List.of("team:5:org:9"));
        responded.set(true);
        respond(invitationFor("team:5:org:9"));
        assertThat(consultation).isWaitingAtExactly(TASK_CODE_RESPONSES);

        Job overdue = job(TIMER_OUTCOME_OVERDUE, consultation);
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(84))));
        ClockUtil.setCurrentTime(overdue.getDuedate());
        execute(overdue);

        verify(escalate, times(1)).execute(any());
        assertThat(consultation).hasPassed(TASK_ESCALATE_OVERDUE_OUTCOME, EVENT_OUTCOME_ESCALATED)
                .isWaitingAtExactly(TASK_CODE_RESPONSES);
        complete(task(TASK_CODE_RESPONSES, consultation), Map.of(VAR_OUTCOME_SUMMARY, "Late, but here it is."));
        execute(job(TASK_PUBLISH_OUTCOME, consultation));
        assertThat(consultation).isEnded().hasPassed(EVENT_OUTCOME_PUBLISHED);
    }

    // ----------------------------------------------------------------

    private ProcessInstance launch(List<String> groups) {
        return runtimeService().startProcessInstanceByKey(KEY, CONSULTATION_ID, Map.of(
                VAR_CONSULTATION_ID, Long.valueOf(CONSULTATION_ID),
                VAR_LEAD_GROUP, LEAD_GROUP,
                VAR_OUTCOME_DUE_WITHIN, TWELVE_WEEKS,
                ResponseRound.VAR_ROUND_ID, Long.valueOf(ROUND_KEY),
                ResponseRound.VAR_ROUND_KEY, ROUND_KEY,
                ResponseRound.VAR_PARTY_GROUPS, groups,
                ResponseRound.VAR_CLOSES_AT, CLOSES_AT,
                ResponseRound.VAR_REMIND_AT, REMIND_AT,
                ResponseRound.VAR_ANSWER_FORM, FORM_SUBMIT_CONSULTATION_RESPONSE,
                ResponseRound.VAR_ANSWER_TASK_NAME, "Respond to the consultation"));
    }

    private static void closeAtTheDeadline() {
        ProcessInstance round = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(ResponseRound.KEY).processInstanceBusinessKey(ROUND_KEY).singleResult();
        Job deadline = job(ResponseRound.TIMER_ROUND_DEADLINE, round);
        assertThat(deadline.getDuedate()).isEqualTo(CLOSES_AT);
        ClockUtil.setCurrentTime(CLOSES_AT);
        execute(deadline);
    }

    private static void respond(Task invitation) {
        taskService().setVariablesLocal(invitation.getId(), Map.of("confirmResponse", true));
        taskService().complete(invitation.getId());
    }

    private static List<Task> openInvitations() {
        return taskQuery().processDefinitionKey(ResponseRound.KEY).taskDefinitionKey(ResponseRound.TASK_ANSWER_ROUND)
                .initializeFormKeys().list();
    }

    private static Task invitationFor(String group) {
        return taskQuery().processDefinitionKey(ResponseRound.KEY).taskCandidateGroup(group).singleResult();
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }
}
