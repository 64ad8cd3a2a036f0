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
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.neighbourhoodportal.processes.PpgProposalProcess.*;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
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
 * Every path of asking PPGs for their view on a proposal, run in an engine of its own with the delegates mocked. The
 * PPGs are asked in the shared round of answers ({@link ResponseRound}, tested on its own in ResponseRoundTests); here
 * the proposal's own steps around it. The class must pass every element and flow of the proposal's model.
 */
@Deployment(resources = {PpgProposalProcess.RESOURCE, ResponseRound.RESOURCE})
class PpgProposalProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .excludeProcessDefinitionKeys(ResponseRound.KEY) // its own paths are ResponseRoundTests'
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String PROPOSAL_ID = "17";
    private static final String LEAD_GROUP = "team:5:lead";
    private static final Instant NOW = Instant.parse("2030-03-04T09:00:00Z");
    private static final Date CLOSES_ON = Date.from(Instant.parse("2030-04-01T17:00:00Z"));

    private static final String ROUND_KEY = "41";
    private static final Date REMIND_AT = Date.from(Instant.parse("2030-03-29T17:00:00Z"));

    private final JavaDelegate publishProposalOutcome = mock(JavaDelegate.class);
    private final JavaDelegate closeRound = mock(JavaDelegate.class);

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register(DELEGATE_PUBLISH_PROPOSAL_OUTCOME, publishProposalOutcome);
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
    void every_ppg_answers_before_the_closing_date_then_the_lead_records_the_decision() throws Exception {
        ProcessInstance proposal = shareProposal(List.of("ppg:3", "ppg:4", "ppg:7"));

        assertThat(proposal).hasBusinessKey(PROPOSAL_ID).isWaitingAt(TASK_ASK_THE_PPGS)
                .isNotWaitingAt(TASK_RECORD_PROPOSAL_DECISION);
        assertThat(round().getBusinessKey()).isEqualTo(ROUND_KEY);
        List<Task> views = openViews(proposal);
        assertThat(views).hasSize(3);
        assertThat(views).extracting(PpgProposalProcessTests::candidateGroups)
                .containsExactlyInAnyOrder(List.of("ppg:3"), List.of("ppg:4"), List.of("ppg:7"));
        for (Task view : views) {
            assertThat(view).hasDueDate(CLOSES_ON);
            assertThat(view.getFormKey()).isEqualTo(FORM_GIVE_VIEW_ON_PROPOSAL);
            assertThat(view.getName()).isEqualTo("Give your view on the proposal");
        }
        assertThat(job(ResponseRound.TIMER_ROUND_DEADLINE, round()).getDuedate()).isEqualTo(CLOSES_ON);

        giveView(views.get(0));
        giveView(views.get(1));
        assertThat(proposal).isWaitingAt(TASK_ASK_THE_PPGS).isNotWaitingAt(TASK_RECORD_PROPOSAL_DECISION);
        assertThat(openViews(proposal)).extracting(Task::getId).containsExactly(views.get(2).getId());
        giveView(views.get(2));

        assertThat(proposal).isWaitingAtExactly(TASK_RECORD_PROPOSAL_DECISION);
        verify(closeRound, times(1)).execute(any());
        assertThat(jobQuery().count()).isZero();
        Task decision = task(TASK_RECORD_PROPOSAL_DECISION, proposal);
        assertThat(decision).hasFormKey(FORM_RECORD_PROPOSAL_DECISION);
        assertThat(candidateGroups(decision)).containsExactly(LEAD_GROUP);
        verify(publishProposalOutcome, never()).execute(any());

        complete(decision, Map.of(VAR_DECISION, "Go ahead with the Saturday clinic."));

        verify(publishProposalOutcome, times(1)).execute(any());
        assertThat(proposal).isEnded()
                .hasPassedInOrder(TASK_ASK_THE_PPGS, TASK_RECORD_PROPOSAL_DECISION,
                        TASK_PUBLISH_PROPOSAL_OUTCOME, EVENT_PROPOSAL_CLOSED);
        assertThat(answered(proposal)).hasSize(3);
    }

    @Test
    void the_closing_date_cancels_the_views_still_outstanding_and_the_lead_decides() throws Exception {
        ProcessInstance proposal = shareProposal(List.of("ppg:3", "ppg:4"));
        giveView(openViewFor(proposal, "ppg:3"));
        assertThat(proposal).isWaitingAt(TASK_ASK_THE_PPGS).isNotWaitingAt(TASK_RECORD_PROPOSAL_DECISION);
        String outstanding = openViewFor(proposal, "ppg:4").getId();

        Job closing = job(ResponseRound.TIMER_ROUND_DEADLINE, round());
        assertThat(closing.getDuedate()).isEqualTo(CLOSES_ON);
        ClockUtil.setCurrentTime(CLOSES_ON);
        execute(closing);

        assertThat(openViews(proposal)).isEmpty();
        HistoricTaskInstance cancelled = historyService().createHistoricTaskInstanceQuery().taskId(outstanding)
                .singleResult();
        assertThat(cancelled.getEndTime()).isNotNull();
        assertThat(cancelled.getDeleteReason()).isNotEqualTo("completed");
        assertThat(answered(proposal)).hasSize(1);
        assertThat(proposal).hasPassed(TASK_ASK_THE_PPGS).isWaitingAtExactly(TASK_RECORD_PROPOSAL_DECISION);
        assertThat(candidateGroups(task(TASK_RECORD_PROPOSAL_DECISION, proposal))).containsExactly(LEAD_GROUP);
        verify(publishProposalOutcome, never()).execute(any());

        complete(task(TASK_RECORD_PROPOSAL_DECISION, proposal), Map.of(VAR_DECISION, "Not this year."));

        verify(publishProposalOutcome, times(1)).execute(any());
        assertThat(proposal).isEnded().hasPassed(TASK_PUBLISH_PROPOSAL_OUTCOME, EVENT_PROPOSAL_CLOSED);
    }

    @Test
    void a_proposal_to_a_single_ppg_asks_that_ppg_once() throws Exception {
        ProcessInstance proposal = shareProposal(List.of("ppg:3"));

        List<Task> views = openViews(proposal);
        assertThat(views).hasSize(1);
        assertThat(candidateGroups(views.get(0))).containsExactly("ppg:3");
        giveView(views.get(0));

        assertThat(proposal).isWaitingAtExactly(TASK_RECORD_PROPOSAL_DECISION);
        complete(task(TASK_RECORD_PROPOSAL_DECISION, proposal), Map.of(VAR_DECISION, "Agreed."));

        verify(publishProposalOutcome, times(1)).execute(any());
        assertThat(proposal).isEnded().hasPassed(EVENT_PROPOSAL_CLOSED);
        assertThat(answered(proposal)).hasSize(1);
    }

    // ----------------------------------------------------------------

    private ProcessInstance shareProposal(List<String> ppgGroups) {
        return runtimeService().startProcessInstanceByKey(KEY, PROPOSAL_ID, Map.of(
                VAR_PROPOSAL_ID, Long.valueOf(PROPOSAL_ID),
                VAR_TEAM_ID, 5L,
                VAR_LEAD_GROUP, LEAD_GROUP,
                ResponseRound.VAR_ROUND_ID, Long.valueOf(ROUND_KEY),
                ResponseRound.VAR_ROUND_KEY, ROUND_KEY,
                ResponseRound.VAR_PARTY_GROUPS, ppgGroups,
                ResponseRound.VAR_CLOSES_AT, CLOSES_ON,
                ResponseRound.VAR_REMIND_AT, REMIND_AT,
                ResponseRound.VAR_ANSWER_FORM, FORM_GIVE_VIEW_ON_PROPOSAL,
                ResponseRound.VAR_ANSWER_TASK_NAME, "Give your view on the proposal"));
    }

    /** The round of answers the proposal called (while it runs). */
    private static ProcessInstance round() {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(ResponseRound.KEY)
                .processInstanceBusinessKey(ROUND_KEY).singleResult();
    }

    /** As the portal does: what a PPG writes stays on its own task, so parallel answers do not overwrite each other. */
    private static void giveView(Task view) {
        taskService().setVariablesLocal(view.getId(), Map.of(
                VAR_VIEW, "support",
                VAR_COMMENTS, "Members welcome longer opening hours.",
                VAR_PEOPLE_CONSULTED, 12L));
        taskService().complete(view.getId());
    }

    private static List<Task> openViews(ProcessInstance proposal) {
        return taskQuery().processDefinitionKey(ResponseRound.KEY).taskDefinitionKey(ResponseRound.TASK_ANSWER_ROUND)
                .initializeFormKeys().list();
    }

    private static Task openViewFor(ProcessInstance proposal, String ppgGroup) {
        return taskQuery().processDefinitionKey(ResponseRound.KEY).taskCandidateGroup(ppgGroup).singleResult();
    }

    private static List<HistoricTaskInstance> answered(ProcessInstance proposal) {
        return historyService().createHistoricTaskInstanceQuery().processDefinitionKey(ResponseRound.KEY)
                .taskDefinitionKey(ResponseRound.TASK_ANSWER_ROUND).taskDeleteReason("completed").list();
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toList());
    }
}
