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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.neighbourhoodportal.processes.MonthlyHighlightReport.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * Every path of one INT's monthly highlight report, run in an engine of its own with the delegates and the task
 * listener mocked. The class as a whole must pass every element and flow of the model (coverage gate).
 */
@Deployment(resources = MonthlyHighlightReport.RESOURCE)
class MonthlyHighlightReportTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String REPORT_ID = "41";
    private static final String LEAD_GROUP = "team:5:lead";
    private static final Instant NOW = Instant.parse("2030-11-01T07:00:00Z");
    private static final Date REMIND_ON = Date.from(Instant.parse("2030-11-06T07:00:00Z"));
    private static final Date UPDATES_DUE = Date.from(Instant.parse("2030-11-08T07:00:00Z"));

    private final JavaDelegate remindOwners = mock(JavaDelegate.class);
    private final JavaDelegate closeUpdates = mock(JavaDelegate.class);
    private final JavaDelegate publishReport = mock(JavaDelegate.class);
    private final TaskListener updateRequested = mock(TaskListener.class);
    /** What the listener saw for each update task as it was created: task id to priority id. */
    private final Map<String, String> requestedPriorities = new HashMap<>();

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register(DELEGATE_REMIND_OWNERS, remindOwners);
        Mocks.register(DELEGATE_CLOSE_UPDATES, closeUpdates);
        Mocks.register(DELEGATE_PUBLISH_REPORT, publishReport);
        Mocks.register(LISTENER_UPDATE_REQUESTED, updateRequested);
        doAnswer(call -> {
            DelegateTask created = call.getArgument(0);
            Map<?, ?> request = (Map<?, ?>) created.getVariable(VAR_UPDATE_REQUEST);
            requestedPriorities.put(created.getId(), (String) request.get(REQUEST_PRIORITY_ID));
            return null;
        }).when(updateRequested).notify(any());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void every_owner_updates_in_time_then_the_lead_compiles_and_approves_and_the_report_is_published()
            throws Exception {
        ProcessInstance report = startReport(owned("11", "101"), owned("12", "102"), ownerless("13"));

        assertThat(report).hasBusinessKey(REPORT_ID).isWaitingAt(TASK_UPDATE_PRIORITY)
                .isNotWaitingAt(TASK_COMPILE_REPORT);
        List<Task> updates = openUpdates(report);
        assertThat(updates).hasSize(3);
        for (Task update : updates) {
            assertThat(update).hasFormKey(FORM_UPDATE_PRIORITY_FOR_REPORT).hasDueDate(UPDATES_DUE)
                    .hasName("Update your priority for the highlight report");
        }
        assertThat(updates).extracting(Task::getAssignee).containsExactlyInAnyOrder("101", "102", null);
        Task ownerless = updates.stream().filter(t -> t.getAssignee() == null).findFirst().orElseThrow();
        assertThat(candidateGroups(ownerless)).containsExactly(LEAD_GROUP);
        assertThat(updates).filteredOn(t -> t.getAssignee() != null)
                .allSatisfy(owned -> assertThat(candidateGroups(owned)).isEmpty());
        assertThat(requestedPriorities).containsOnlyKeys(updates.stream().map(Task::getId).toList());
        assertThat(requestedPriorities.values()).containsExactlyInAnyOrder("11", "12", "13");
        assertThat(requestedPriorities.get(ownerless.getId())).isEqualTo("13");
        assertThat(job(TIMER_UPDATE_REMINDER, report).getDuedate()).isEqualTo(REMIND_ON);
        assertThat(job(TIMER_UPDATES_DEADLINE, report).getDuedate()).isEqualTo(UPDATES_DUE);

        giveUpdate(updates.get(0));
        giveUpdate(updates.get(1));
        assertThat(report).isWaitingAt(TASK_UPDATE_PRIORITY).isNotWaitingAt(TASK_COMPILE_REPORT);
        assertThat(openUpdates(report)).extracting(Task::getId).containsExactly(updates.get(2).getId());
        verify(closeUpdates, never()).execute(any());
        giveUpdate(updates.get(2));

        verify(closeUpdates, times(1)).execute(any());
        assertThat(report).isWaitingAtExactly(TASK_COMPILE_REPORT);
        assertThat(jobQuery().processInstanceId(report.getId()).count()).isZero();
        assertThat(given(report)).hasSize(3);
        Task compile = task(TASK_COMPILE_REPORT, report);
        assertThat(compile).hasFormKey(FORM_COMPILE_HIGHLIGHT_REPORT).hasName("Compile the highlight report");
        assertThat(candidateGroups(compile)).containsExactly(LEAD_GROUP);
        compile(report);

        assertThat(report).isWaitingAtExactly(TASK_APPROVE_REPORT);
        Task approve = task(TASK_APPROVE_REPORT, report);
        assertThat(approve).hasFormKey(FORM_APPROVE_HIGHLIGHT_REPORT);
        assertThat(candidateGroups(approve)).containsExactly(LEAD_GROUP);
        verify(publishReport, never()).execute(any());
        complete(approve, Map.of(VAR_APPROVAL, APPROVAL_APPROVE));

        verify(publishReport, times(1)).execute(any());
        assertThat(report).isEnded()
                .hasPassedInOrder(EVENT_REPORT_STARTED, TASK_UPDATE_PRIORITY, GATEWAY_UPDATES_IN, TASK_CLOSE_UPDATES,
                        GATEWAY_READY_TO_COMPILE, TASK_COMPILE_REPORT, TASK_APPROVE_REPORT, GATEWAY_APPROVED,
                        TASK_PUBLISH_REPORT, EVENT_REPORT_PUBLISHED)
                .hasNotPassed(TIMER_UPDATE_REMINDER, TASK_REMIND_OWNERS, TIMER_UPDATES_DEADLINE);
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(report.getId())
                .taskDefinitionKey(TASK_COMPILE_REPORT).count()).as("compiled once").isEqualTo(1);
        verify(remindOwners, never()).execute(any());
    }

    @Test
    void an_owner_who_misses_the_deadline_is_left_out_and_the_report_goes_ahead() throws Exception {
        ProcessInstance report = startReport(owned("11", "101"), owned("12", "102"));
        giveUpdate(openUpdateFor(report, "101"));
        String missed = openUpdateFor(report, "102").getId();
        assertThat(report).isWaitingAt(TASK_UPDATE_PRIORITY).isNotWaitingAt(TASK_COMPILE_REPORT);

        ClockUtil.setCurrentTime(UPDATES_DUE);
        execute(job(TIMER_UPDATES_DEADLINE, report));

        assertThat(openUpdates(report)).isEmpty();
        HistoricTaskInstance cancelled = historyService().createHistoricTaskInstanceQuery().taskId(missed)
                .singleResult();
        assertThat(cancelled.getEndTime()).isNotNull();
        assertThat(cancelled.getDeleteReason()).isNotEqualTo("completed");
        assertThat(given(report)).hasSize(1);
        verify(closeUpdates, times(1)).execute(any());
        assertThat(report).hasPassed(TIMER_UPDATES_DEADLINE).isWaitingAtExactly(TASK_COMPILE_REPORT);
        assertThat(jobQuery().processInstanceId(report.getId()).count())
                .as("the reminder goes with the cancelled updates").isZero();

        compile(report);
        complete(task(TASK_APPROVE_REPORT, report), Map.of(VAR_APPROVAL, APPROVAL_APPROVE));

        verify(publishReport, times(1)).execute(any());
        assertThat(report).isEnded().hasPassed(TASK_PUBLISH_REPORT, EVENT_REPORT_PUBLISHED)
                .hasNotPassed(TASK_REMIND_OWNERS);
    }

    @Test
    void owners_who_have_not_updated_are_reminded_before_the_deadline_and_their_tasks_stay_open() throws Exception {
        ProcessInstance report = startReport(owned("11", "101"), owned("12", "102"));
        giveUpdate(openUpdateFor(report, "101"));
        List<Object> remindedReports = new ArrayList<>();
        doAnswer(call -> {
            remindedReports.add(((DelegateExecution) call.getArgument(0)).getVariable(VAR_REPORT_ID));
            return null;
        }).when(remindOwners).execute(any());

        ClockUtil.setCurrentTime(REMIND_ON);
        execute(job(TIMER_UPDATE_REMINDER, report));

        verify(remindOwners, times(1)).execute(any());
        assertThat(remindedReports).containsExactly(Long.valueOf(REPORT_ID));
        assertThat(report).hasPassed(TIMER_UPDATE_REMINDER, TASK_REMIND_OWNERS, EVENT_OWNERS_REMINDED)
                .isWaitingAt(TASK_UPDATE_PRIORITY).isNotWaitingAt(TASK_COMPILE_REPORT);
        assertThat(openUpdates(report)).extracting(Task::getAssignee).containsExactly("102");
        assertThat(job(TIMER_UPDATES_DEADLINE, report).getDuedate()).isEqualTo(UPDATES_DUE);
        assertThat(jobQuery().processInstanceId(report.getId()).activityId(TIMER_UPDATE_REMINDER).count())
                .as("one reminder only").isZero();

        giveUpdate(openUpdateFor(report, "102"));

        assertThat(report).isWaitingAtExactly(TASK_COMPILE_REPORT).hasNotPassed(TIMER_UPDATES_DEADLINE);
        assertThat(given(report)).hasSize(2);
        verify(closeUpdates, times(1)).execute(any());
    }

    @Test
    void a_report_sent_back_for_changes_is_compiled_again_then_approved() throws Exception {
        ProcessInstance report = startReport(owned("11", "101"));
        giveUpdate(openUpdateFor(report, "101"));
        compile(report);

        complete(task(TASK_APPROVE_REPORT, report), Map.of(VAR_APPROVAL, APPROVAL_CHANGES,
                VAR_CHANGES_NEEDED, "Say more about the Fire & Rescue agreement."));

        assertThat(report).isWaitingAtExactly(TASK_COMPILE_REPORT);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(report.getId())
                .activityId(GATEWAY_READY_TO_COMPILE).count()).as("back through the merge").isEqualTo(2);
        assertThat(candidateGroups(task(TASK_COMPILE_REPORT, report))).containsExactly(LEAD_GROUP);
        verify(publishReport, never()).execute(any());
        verify(closeUpdates, times(1)).execute(any());

        compile(report);
        complete(task(TASK_APPROVE_REPORT, report), Map.of(VAR_APPROVAL, APPROVAL_APPROVE));

        verify(publishReport, times(1)).execute(any());
        assertThat(report).isEnded().hasPassedInOrder(TASK_APPROVE_REPORT, TASK_PUBLISH_REPORT, EVENT_REPORT_PUBLISHED);
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(report.getId())
                .taskDefinitionKey(TASK_COMPILE_REPORT).count()).isEqualTo(2);
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(report.getId())
                .taskDefinitionKey(TASK_APPROVE_REPORT).count()).isEqualTo(2);
    }

    @Test
    void a_month_with_no_priority_to_update_goes_straight_to_the_lead() throws Exception {
        ProcessInstance report = startReport();

        assertThat(report).isWaitingAtExactly(TASK_COMPILE_REPORT).hasPassed(TASK_CLOSE_UPDATES);
        verify(updateRequested, never()).notify(any());
        verify(closeUpdates, times(1)).execute(any());
        assertThat(jobQuery().processInstanceId(report.getId()).count()).isZero();
    }

    // ----------------------------------------------------------------

    @SafeVarargs
    private ProcessInstance startReport(Map<String, Object>... requests) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_REPORT_ID, Long.valueOf(REPORT_ID));
        variables.put(VAR_TEAM_ID, 5L);
        variables.put(VAR_LEAD_GROUP, LEAD_GROUP);
        variables.put(VAR_UPDATE_REQUESTS, new ArrayList<>(List.of(requests)));
        variables.put(VAR_UPDATES_DUE, UPDATES_DUE);
        variables.put(VAR_REMIND_ON, REMIND_ON);
        return runtimeService().startProcessInstanceByKey(KEY, REPORT_ID, variables);
    }

    private static Map<String, Object> owned(String priorityId, String ownerId) {
        Map<String, Object> request = new HashMap<>();
        request.put(REQUEST_PRIORITY_ID, priorityId);
        request.put(REQUEST_ASSIGNEE, ownerId);
        request.put(REQUEST_CANDIDATE_GROUPS, new ArrayList<String>());
        return request;
    }

    private static Map<String, Object> ownerless(String priorityId) {
        Map<String, Object> request = new HashMap<>();
        request.put(REQUEST_PRIORITY_ID, priorityId);
        request.put(REQUEST_ASSIGNEE, null);
        request.put(REQUEST_CANDIDATE_GROUPS, new ArrayList<>(List.of(LEAD_GROUP)));
        return request;
    }

    /** As the portal does: what an owner writes stays on their own task, so parallel updates do not collide. */
    private static void giveUpdate(Task update) {
        taskService().setVariablesLocal(update.getId(), Map.of(
                VAR_RAG, "green",
                VAR_PROGRESS, "Three new walking groups started.",
                VAR_NEXT_MONTH, "Launch the canal basin pilot."));
        taskService().complete(update.getId());
    }

    private static void compile(ProcessInstance report) {
        complete(task(TASK_COMPILE_REPORT, report), Map.of(
                VAR_PRIORITIES_SUMMARY, "Green and blue social prescribing – Green – on track",
                VAR_COMPLETED_LAST_MONTH, "Three new walking groups started.",
                VAR_PLANNED_NEXT_MONTH, "Launch the canal basin pilot."));
    }

    private static List<Task> openUpdates(ProcessInstance report) {
        return taskQuery().processInstanceId(report.getId()).taskDefinitionKey(TASK_UPDATE_PRIORITY)
                .initializeFormKeys().list();
    }

    private static Task openUpdateFor(ProcessInstance report, String ownerId) {
        return taskQuery().processInstanceId(report.getId()).taskDefinitionKey(TASK_UPDATE_PRIORITY)
                .taskAssignee(ownerId).singleResult();
    }

    private static List<HistoricTaskInstance> given(ProcessInstance report) {
        return historyService().createHistoricTaskInstanceQuery().processInstanceId(report.getId())
                .taskDefinitionKey(TASK_UPDATE_PRIORITY).taskDeleteReason("completed").list();
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toList());
    }
}
