package org.neighbourhoodportal.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.neighbourhoodportal.processes.ResponseRound.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the shared round of answers, run in an engine of its own with the delegates mocked (the move of the
 * deadline is done by a stand-in that does what the portal's delegate does). The class as a whole must pass every
 * element and flow of the model (coverage gate).
 */
@Deployment(resources = ResponseRound.RESOURCE)
class ResponseRoundTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String ROUND_KEY = "41";
    private static final Instant NOW = Instant.parse("2030-03-04T09:00:00Z");
    private static final Date REMIND_AT = Date.from(Instant.parse("2030-03-29T17:00:00Z"));
    private static final Date CLOSES_AT = Date.from(Instant.parse("2030-04-01T17:00:00Z"));
    private static final Date NEW_REMIND_AT = Date.from(Instant.parse("2030-04-12T17:00:00Z"));
    private static final Date NEW_CLOSES_AT = Date.from(Instant.parse("2030-04-15T17:00:00Z"));

    private final JavaDelegate remindOutstanding = mock(JavaDelegate.class);
    private final JavaDelegate chaseParty = mock(JavaDelegate.class);
    private final JavaDelegate closeRound = mock(JavaDelegate.class);
    private final List<String> chased = new ArrayList<>();

    /** Does what the portal's moveDeadlineDelegate does: moves the two timers and the open tasks' due dates. */
    private final JavaDelegate moveDeadline = execution -> {
        var management = execution.getProcessEngineServices().getManagementService();
        Date closesAt = (Date) execution.getVariable(VAR_CLOSES_AT);
        Date remindAt = (Date) execution.getVariable(VAR_REMIND_AT);
        for (Job timer : management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).timers()
                .list()) {
            String activity = ((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) timer).getActivityId();
            management.setJobDuedate(timer.getId(), TIMER_ROUND_DEADLINE.equals(activity) ? closesAt : remindAt);
        }
        var tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
            task.setDueDate(closesAt);
            tasks.saveTask(task);
        }
    };

    @BeforeEach
    void setUp() throws Exception {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register(DELEGATE_REMIND_OUTSTANDING, remindOutstanding);
        Mocks.register(DELEGATE_CHASE_PARTY, chaseParty);
        Mocks.register(DELEGATE_MOVE_DEADLINE, moveDeadline);
        Mocks.register(DELEGATE_CLOSE_ROUND, closeRound);
        doAnswer(call -> chased.add((String) ((DelegateExecution) call.getArgument(0)).getVariable(VAR_CHASED_GROUP)))
                .when(chaseParty).execute(any());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void every_party_answers_before_the_deadline_and_the_round_closes_without_waiting() throws Exception {
        ProcessInstance round = open(List.of("ppg:3", "ppg:4", "team:5:org:9"));

        List<Task> open = openTasks(round);
        assertThat(open).extracting(Task::getName).containsOnly("Give your view on the proposal");
        assertThat(open).extracting(t -> t.getDueDate()).containsOnly(CLOSES_AT);
        assertThat(open).hasSize(3);
        assertThat(taskFor(round, "team:5:org:9")).isNotNull();
        assertThat(job(TIMER_ROUND_DEADLINE, round).getDuedate()).isEqualTo(CLOSES_AT);
        assertThat(job(TIMER_ROUND_CLOSING_SOON, round).getDuedate()).isEqualTo(REMIND_AT);

        answer(taskFor(round, "ppg:3"));
        answer(taskFor(round, "ppg:4"));
        assertThat(round).isWaitingAt(TASK_ANSWER_ROUND);
        verify(closeRound, never()).execute(any());
        answer(taskFor(round, "team:5:org:9"));

        verify(closeRound, times(1)).execute(any());
        assertThat(round).isEnded().hasPassedInOrder(TASK_ANSWER_ROUND, GATEWAY_ROUND_ENDS, TASK_CLOSE_ROUND,
                EVENT_ROUND_CLOSED).hasNotPassed(TIMER_ROUND_DEADLINE, TASK_REMIND_OUTSTANDING);
        assertThat(jobQuery().processInstanceId(round.getId()).count()).isZero();
    }

    @Test
    void the_closing_soon_reminder_fires_and_everyone_can_still_answer() throws Exception {
        ProcessInstance round = open(List.of("ppg:3", "ppg:4"));
        answer(taskFor(round, "ppg:3"));

        ClockUtil.setCurrentTime(REMIND_AT);
        execute(job(TIMER_ROUND_CLOSING_SOON, round));

        verify(remindOutstanding, times(1)).execute(any());
        assertThat(round).hasPassed(TASK_REMIND_OUTSTANDING, EVENT_REMINDER_SENT).isWaitingAt(TASK_ANSWER_ROUND);
        assertThat(openTasks(round)).hasSize(1);
        assertThat(jobQuery().processInstanceId(round.getId()).count()).isEqualTo(1); // the deadline alone
        answer(taskFor(round, "ppg:4"));
        assertThat(round).isEnded().hasNotPassed(TIMER_ROUND_DEADLINE);
    }

    @Test
    void one_party_is_late_so_the_deadline_ends_its_task_and_closes_the_round() throws Exception {
        ProcessInstance round = open(List.of("ppg:3", "ppg:4"));
        answer(taskFor(round, "ppg:3"));
        String outstanding = taskFor(round, "ppg:4").getId();

        ClockUtil.setCurrentTime(CLOSES_AT);
        execute(job(TIMER_ROUND_DEADLINE, round));

        assertThat(openTasks(round)).isEmpty();
        assertThat(historyService().createHistoricTaskInstanceQuery().taskId(outstanding).singleResult()
                .getDeleteReason()).isNotEqualTo("completed");
        verify(closeRound, times(1)).execute(any());
        assertThat(round).isEnded().hasPassed(TIMER_ROUND_DEADLINE, TASK_CLOSE_ROUND, EVENT_ROUND_CLOSED);
        assertThat(jobQuery().processInstanceId(round.getId()).count()).isZero();
    }

    @Test
    void the_lead_extends_the_deadline_and_the_timers_and_tasks_move_with_it() throws Exception {
        ProcessInstance round = open(List.of("ppg:3", "ppg:4"));
        String before = taskFor(round, "ppg:4").getId();

        runtimeService().createMessageCorrelation(MESSAGE_EXTEND_DEADLINE).processInstanceBusinessKey(ROUND_KEY)
                .setVariable(VAR_CLOSES_AT, NEW_CLOSES_AT).setVariable(VAR_REMIND_AT, NEW_REMIND_AT).correlate();

        assertThat(round).hasPassed(TASK_MOVE_DEADLINE, EVENT_DEADLINE_MOVED).isWaitingAt(TASK_ANSWER_ROUND);
        assertThat(job(TIMER_ROUND_DEADLINE, round).getDuedate()).isEqualTo(NEW_CLOSES_AT);
        assertThat(job(TIMER_ROUND_CLOSING_SOON, round).getDuedate()).isEqualTo(NEW_REMIND_AT);
        assertThat(openTasks(round)).extracting(Task::getDueDate).containsOnly(NEW_CLOSES_AT);
        assertThat(taskFor(round, "ppg:4").getId()).as("the task someone may have open is kept").isEqualTo(before);

        ClockUtil.setCurrentTime(Date.from(CLOSES_AT.toInstant().plusSeconds(60)));
        answer(taskFor(round, "ppg:4")); // after the old deadline, before the new one
        answer(taskFor(round, "ppg:3"));
        assertThat(round).isEnded().hasNotPassed(TIMER_ROUND_DEADLINE);
    }

    @Test
    void the_lead_closes_the_round_early_and_the_open_tasks_end() throws Exception {
        ProcessInstance round = open(List.of("ppg:3", "ppg:4"));
        answer(taskFor(round, "ppg:3"));

        runtimeService().createMessageCorrelation(MESSAGE_CLOSE_EARLY).processInstanceBusinessKey(ROUND_KEY)
                .correlate();

        assertThat(openTasks(round)).isEmpty();
        verify(closeRound, times(1)).execute(any());
        assertThat(round).isEnded().hasPassed(EVENT_CLOSED_EARLY, TASK_CLOSE_ROUND, EVENT_ROUND_CLOSED)
                .hasNotPassed(TIMER_ROUND_DEADLINE);
        assertThat(jobQuery().processInstanceId(round.getId()).count()).isZero();
    }

    @Test
    void the_lead_chases_one_party_twice_and_the_round_carries_on() throws Exception {
        ProcessInstance round = open(List.of("ppg:3", "ppg:4"));

        chase("ppg:4");
        chase("ppg:4");

        assertThat(chased).containsExactly("ppg:4", "ppg:4");
        assertThat(round).hasPassed(TASK_CHASE_PARTY, EVENT_CHASE_SENT).isWaitingAt(TASK_ANSWER_ROUND);
        assertThat(openTasks(round)).hasSize(2);
        answer(taskFor(round, "ppg:3"));
        answer(taskFor(round, "ppg:4"));
        assertThat(round).isEnded();
    }

    // ----------------------------------------------------------------

    private ProcessInstance open(List<String> partyGroups) {
        return runtimeService().startProcessInstanceByKey(KEY, ROUND_KEY, Map.of(
                VAR_ROUND_ID, Long.valueOf(ROUND_KEY),
                VAR_ROUND_KEY, ROUND_KEY,
                VAR_PARTY_GROUPS, partyGroups,
                VAR_CLOSES_AT, CLOSES_AT,
                VAR_REMIND_AT, REMIND_AT,
                VAR_ANSWER_FORM, "give-view-on-proposal",
                VAR_ANSWER_TASK_NAME, "Give your view on the proposal"));
    }

    private void chase(String group) {
        runtimeService().createMessageCorrelation(MESSAGE_CHASE_PARTY).processInstanceBusinessKey(ROUND_KEY)
                .setVariable(VAR_CHASED_GROUP, group).correlate();
    }

    /** As the portal does: each party's answer stays on its own task. */
    private static void answer(Task task) {
        taskService().setVariablesLocal(task.getId(), Map.of("view", "support"));
        taskService().complete(task.getId());
    }

    private static List<Task> openTasks(ProcessInstance round) {
        return taskQuery().processInstanceId(round.getId()).taskDefinitionKey(TASK_ANSWER_ROUND).list();
    }

    private static Task taskFor(ProcessInstance round, String group) {
        return taskQuery().processInstanceId(round.getId()).taskCandidateGroup(group).singleResult();
    }
}
