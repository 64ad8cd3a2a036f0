package org.neighbourhoodportal.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.neighbourhoodportal.processes.PpgFeedbackProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * Every path of the PPG feedback loop, run in an engine of its own with the delegates mocked. The class as a whole
 * must pass every element and flow of the model (coverage gate).
 */
@Deployment(resources = PpgFeedbackProcess.RESOURCE)
class PpgFeedbackProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String FEEDBACK_ID = "42";
    private static final String LEAD_GROUP = "team:5:lead";
    private static final String PPG_GROUP = "ppg:3";
    private static final Instant NOW = Instant.parse("2030-03-04T09:00:00Z");
    private static final Date ACKNOWLEDGE_DUE = Date.from(Instant.parse("2030-03-11T17:00:00Z"));

    private final JavaDelegate escalateAcknowledgement = mock(JavaDelegate.class);
    private final JavaDelegate addToBacklog = mock(JavaDelegate.class);
    private final JavaDelegate publishResponse = mock(JavaDelegate.class);
    private final JavaDelegate closeFeedback = mock(JavaDelegate.class);

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register(DELEGATE_ESCALATE_ACKNOWLEDGEMENT, escalateAcknowledgement);
        Mocks.register(DELEGATE_ADD_TO_BACKLOG, addToBacklog);
        Mocks.register(DELEGATE_PUBLISH_RESPONSE, publishResponse);
        Mocks.register(DELEGATE_CLOSE_FEEDBACK, closeFeedback);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void feedback_answered_directly_is_closed_when_the_ppg_confirms() throws Exception {
        ProcessInstance feedback = submitFeedback();

        assertThat(feedback).hasBusinessKey(FEEDBACK_ID).isWaitingAtExactly(TASK_ACKNOWLEDGE_FEEDBACK);
        assertThat(task(TASK_ACKNOWLEDGE_FEEDBACK, feedback))
                .hasFormKey(FORM_ACKNOWLEDGE_FEEDBACK).hasDueDate(ACKNOWLEDGE_DUE);
        assertThat(candidateGroups(task(TASK_ACKNOWLEDGE_FEEDBACK, feedback))).containsExactly(LEAD_GROUP);
        acknowledge(feedback);

        assertThat(feedback).isWaitingAtExactly(TASK_ROUTE_FEEDBACK);
        assertThat(task(TASK_ROUTE_FEEDBACK, feedback)).hasFormKey(FORM_ROUTE_FEEDBACK);
        assertThat(candidateGroups(task(TASK_ROUTE_FEEDBACK, feedback))).containsExactly(LEAD_GROUP);
        route(feedback, ROUTE_ANSWER, null);

        assertThat(feedback).isWaitingAtExactly(TASK_RESPOND_TO_PPG);
        assertThat(task(TASK_RESPOND_TO_PPG, feedback)).hasFormKey(FORM_RESPOND_TO_FEEDBACK);
        assertThat(candidateGroups(task(TASK_RESPOND_TO_PPG, feedback))).containsExactly(LEAD_GROUP);
        verify(publishResponse, never()).execute(any());
        respond(feedback, TASK_RESPOND_TO_PPG);

        verify(publishResponse, times(1)).execute(any());
        assertThat(feedback).isWaitingAtExactly(TASK_CONFIRM_LOOP_CLOSED);
        assertThat(task(TASK_CONFIRM_LOOP_CLOSED, feedback)).hasFormKey(FORM_CONFIRM_FEEDBACK_OUTCOME);
        assertThat(candidateGroups(task(TASK_CONFIRM_LOOP_CLOSED, feedback))).containsExactly(PPG_GROUP);
        verify(closeFeedback, never()).execute(any());
        confirm(feedback, OUTCOME_CLOSED);

        assertThat(feedback).isEnded()
                .hasPassedInOrder(TASK_ACKNOWLEDGE_FEEDBACK, TASK_ROUTE_FEEDBACK, TASK_RESPOND_TO_PPG,
                        TASK_PUBLISH_RESPONSE, TASK_CONFIRM_LOOP_CLOSED, TASK_CLOSE_FEEDBACK, EVENT_FEEDBACK_CLOSED)
                .hasNotPassed(TASK_ADD_TO_BACKLOG, TASK_RESPOND_FOR_ORGANISATION, TASK_ESCALATE_ACKNOWLEDGEMENT,
                        TIMER_CONFIRMATION_EXPIRED);
        verify(closeFeedback, times(1)).execute(any());
        verify(addToBacklog, never()).execute(any());
        verify(escalateAcknowledgement, never()).execute(any());
    }

    @Test
    void feedback_referred_to_an_organisation_is_answered_by_that_organisation_and_not_by_the_lead()
            throws Exception {
        ProcessInstance feedback = submitFeedback();
        acknowledge(feedback);
        route(feedback, ROUTE_REFER, "12");

        assertThat(feedback).isWaitingAtExactly(TASK_RESPOND_FOR_ORGANISATION);
        Task organisationsResponse = task(TASK_RESPOND_FOR_ORGANISATION, feedback);
        assertThat(organisationsResponse).hasFormKey(FORM_RESPOND_TO_FEEDBACK).hasCandidateGroup("team:5:org:12");
        assertThat(candidateGroups(organisationsResponse)).containsExactly("team:5:org:12")
                .doesNotContain(LEAD_GROUP);
        respond(feedback, TASK_RESPOND_FOR_ORGANISATION);

        verify(publishResponse, times(1)).execute(any());
        assertThat(feedback).isWaitingAtExactly(TASK_CONFIRM_LOOP_CLOSED);
        confirm(feedback, OUTCOME_CLOSED);

        assertThat(feedback).isEnded()
                .hasPassed(TASK_RESPOND_FOR_ORGANISATION, TASK_PUBLISH_RESPONSE,
                        TASK_CLOSE_FEEDBACK, EVENT_FEEDBACK_CLOSED)
                .hasNotPassed(TASK_RESPOND_TO_PPG, TASK_ADD_TO_BACKLOG);
        verify(closeFeedback, times(1)).execute(any());
        verify(addToBacklog, never()).execute(any());
    }

    @Test
    void feedback_added_to_the_backlog_is_recorded_and_then_answered_by_the_lead() throws Exception {
        ProcessInstance feedback = submitFeedback();
        acknowledge(feedback);
        route(feedback, ROUTE_BACKLOG, null);

        verify(addToBacklog, times(1)).execute(any());
        assertThat(feedback).hasPassed(TASK_ADD_TO_BACKLOG)
                .isWaitingAtExactly(TASK_RESPOND_TO_PPG);
        assertThat(candidateGroups(task(TASK_RESPOND_TO_PPG, feedback))).containsExactly(LEAD_GROUP);
        respond(feedback, TASK_RESPOND_TO_PPG);
        confirm(feedback, OUTCOME_CLOSED);

        assertThat(feedback).isEnded().hasPassed(TASK_PUBLISH_RESPONSE, EVENT_FEEDBACK_CLOSED)
                .hasNotPassed(TASK_RESPOND_FOR_ORGANISATION);
        verify(addToBacklog, times(1)).execute(any());
        verify(publishResponse, times(1)).execute(any());
        verify(closeFeedback, times(1)).execute(any());
    }

    @Test
    void a_reopened_loop_goes_round_again_until_the_ppg_closes_it() throws Exception {
        ProcessInstance feedback = submitFeedback();
        acknowledge(feedback);
        route(feedback, ROUTE_ANSWER, null);
        respond(feedback, TASK_RESPOND_TO_PPG);
        confirm(feedback, OUTCOME_REOPEN, "Nothing has changed at the surgery yet.");

        assertThat(feedback).isWaitingAtExactly(TASK_ROUTE_FEEDBACK);
        assertThat(candidateGroups(task(TASK_ROUTE_FEEDBACK, feedback))).containsExactly(LEAD_GROUP);
        verify(closeFeedback, never()).execute(any());
        route(feedback, ROUTE_ANSWER, null);
        respond(feedback, TASK_RESPOND_TO_PPG);

        verify(publishResponse, times(2)).execute(any());
        assertThat(feedback).isWaitingAtExactly(TASK_CONFIRM_LOOP_CLOSED);
        confirm(feedback, OUTCOME_CLOSED);

        assertThat(feedback).isEnded().hasPassed(EVENT_FEEDBACK_CLOSED);
        assertThat(timesDone(feedback, TASK_ACKNOWLEDGE_FEEDBACK)).isEqualTo(1);
        assertThat(timesDone(feedback, TASK_ROUTE_FEEDBACK)).isEqualTo(2);
        assertThat(timesDone(feedback, TASK_RESPOND_TO_PPG)).isEqualTo(2);
        assertThat(timesDone(feedback, TASK_CONFIRM_LOOP_CLOSED)).isEqualTo(2);
        verify(closeFeedback, times(1)).execute(any());
    }

    @Test
    void overdue_acknowledgement_escalates_to_the_int_lead() throws Exception {
        ProcessInstance feedback = submitFeedback();
        String acknowledgement = task(TASK_ACKNOWLEDGE_FEEDBACK, feedback).getId();
        Job overdue = job(TIMER_ACKNOWLEDGEMENT_OVERDUE, feedback);
        assertThat(overdue.getDuedate()).isEqualTo(ACKNOWLEDGE_DUE);

        ClockUtil.setCurrentTime(ACKNOWLEDGE_DUE);
        execute(overdue);

        verify(escalateAcknowledgement, times(1)).execute(any());
        assertThat(feedback).hasPassed(TASK_ESCALATE_ACKNOWLEDGEMENT, EVENT_ACKNOWLEDGEMENT_ESCALATED)
                .isWaitingAtExactly(TASK_ACKNOWLEDGE_FEEDBACK);
        assertThat(task(TASK_ACKNOWLEDGE_FEEDBACK, feedback).getId()).isEqualTo(acknowledgement);
        assertThat(jobQuery().processInstanceId(feedback.getId()).count()).isZero();

        acknowledge(feedback);

        assertThat(feedback).isWaitingAtExactly(TASK_ROUTE_FEEDBACK);
        verify(escalateAcknowledgement, times(1)).execute(any());
    }

    @Test
    void a_loop_the_ppg_does_not_confirm_in_time_closes_by_itself() throws Exception {
        ProcessInstance feedback = submitFeedback();
        acknowledge(feedback);
        route(feedback, ROUTE_ANSWER, null);
        respond(feedback, TASK_RESPOND_TO_PPG);
        Job expiry = job(TIMER_CONFIRMATION_EXPIRED, feedback);
        assertThat(expiry.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(28))));
        verify(closeFeedback, never()).execute(any());

        execute(expiry);

        verify(closeFeedback, times(1)).execute(any());
        assertThat(feedback).isEnded()
                .hasPassed(TIMER_CONFIRMATION_EXPIRED, GATEWAY_CLOSE, TASK_CLOSE_FEEDBACK, EVENT_FEEDBACK_CLOSED)
                .hasNotPassed(GATEWAY_LOOP_CLOSED);
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(feedback.getId())
                .taskDefinitionKey(TASK_CONFIRM_LOOP_CLOSED).singleResult().getDeleteReason())
                .isNotEqualTo("completed");
    }

    @Test
    void an_acknowledgement_made_before_the_deadline_never_escalates() throws Exception {
        ProcessInstance feedback = submitFeedback();
        assertThat(jobQuery().processInstanceId(feedback.getId()).activityId(TIMER_ACKNOWLEDGEMENT_OVERDUE).count())
                .isOne();

        acknowledge(feedback);

        assertThat(jobQuery().processInstanceId(feedback.getId()).activityId(TIMER_ACKNOWLEDGEMENT_OVERDUE).count())
                .isZero();
        assertThat(feedback).isWaitingAtExactly(TASK_ROUTE_FEEDBACK).hasNotPassed(TIMER_ACKNOWLEDGEMENT_OVERDUE);
        verify(escalateAcknowledgement, never()).execute(any());
    }

    // ----------------------------------------------------------------

    private ProcessInstance submitFeedback() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_FEEDBACK_ID, Long.valueOf(FEEDBACK_ID));
        variables.put(VAR_TEAM_ID, 5L);
        variables.put(VAR_LEAD_GROUP, LEAD_GROUP);
        variables.put(VAR_PPG_GROUP, PPG_GROUP);
        variables.put(VAR_ACKNOWLEDGE_DUE, ACKNOWLEDGE_DUE);
        variables.put(VAR_CONFIRM_WITHIN, "P28D");
        return runtimeService().startProcessInstanceByKey(KEY, FEEDBACK_ID, variables);
    }

    private void acknowledge(ProcessInstance feedback) {
        complete(task(TASK_ACKNOWLEDGE_FEEDBACK, feedback),
                Map.of(VAR_ACKNOWLEDGEMENT, "Thank you, we will look at this at our next meeting."));
    }

    private void route(ProcessInstance feedback, String route, String organisationId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_ROUTE, route);
        variables.put(VAR_ROUTING_NOTE, "Routed in the test.");
        if (organisationId != null) {
            variables.put(VAR_REFERRED_ORGANISATION_ID, organisationId);
        }
        complete(task(TASK_ROUTE_FEEDBACK, feedback), variables);
    }

    private void respond(ProcessInstance feedback, String respondTask) {
        complete(task(respondTask, feedback), Map.of(VAR_RESPONSE, "You said, we did."));
    }

    private void confirm(ProcessInstance feedback, String outcome) {
        confirm(feedback, outcome, "");
    }

    private void confirm(ProcessInstance feedback, String outcome, String reopenReason) {
        complete(task(TASK_CONFIRM_LOOP_CLOSED, feedback), Map.of(VAR_OUTCOME, outcome,
                VAR_REOPEN_REASON, reopenReason));
    }

    private static Set<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
    }

    private static long timesDone(ProcessInstance feedback, String taskKey) {
        return historyService().createHistoricTaskInstanceQuery().processInstanceId(feedback.getId())
                .taskDefinitionKey(taskKey).finished().count();
    }
}
