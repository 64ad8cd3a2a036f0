package org.neighbourhoodportal.processes;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.neighbourhoodportal.processes.FundingBid.*;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * Every path of a joint funding bid (issue 14), in an engine of its own with the delegates mocked: no-go, override,
 * a partner withdraws, the bid not ready in time, won, lost. The two rounds of answers are the shared
 * {@link ResponseRound}, tested on its own; here the bid's own steps around them.
 */
@Deployment(resources = {FundingBid.RESOURCE, ResponseRound.RESOURCE})
class FundingBidProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .excludeProcessDefinitionKeys(ResponseRound.KEY)
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String BID_ID = "23";
    private static final String LEAD_GROUP = "team:5:lead";
    private static final String DRAFT_GROUP = "team:5:org:9";
    private static final Instant NOW = Instant.parse("2030-03-04T09:00:00Z");
    private static final Date INTEREST_CLOSES = Date.from(Instant.parse("2030-03-11T23:59:59Z"));
    private static final Date COMMITMENTS_CLOSE = Date.from(Instant.parse("2030-03-18T23:59:59Z"));
    private static final Date DRAFT_DUE = Date.from(Instant.parse("2030-04-01T23:59:59Z"));
    private static final Date APPROVAL_DUE = Date.from(Instant.parse("2030-04-08T23:59:59Z"));
    private static final Date ESCALATE_AT = Date.from(Instant.parse("2030-04-09T08:00:00Z"));

    private final JavaDelegate weigh = mock(JavaDelegate.class);
    private final JavaDelegate check = mock(JavaDelegate.class);
    private final JavaDelegate escalate = mock(JavaDelegate.class);
    private final JavaDelegate closeNotPursued = mock(JavaDelegate.class);

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        for (String delegate : ResponseRound.DELEGATES) {
            Mocks.register(delegate, mock(JavaDelegate.class));
        }
        Mocks.register(DELEGATE_WEIGH_GO_NO_GO, weigh);
        Mocks.register(DELEGATE_CHECK_COMMITMENTS, check);
        Mocks.register(DELEGATE_ESCALATE_BID_NOT_READY, escalate);
        Mocks.register(DELEGATE_CLOSE_NOT_PURSUED, closeNotPursued);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void the_table_advises_go_the_lead_agrees_every_partner_commits_and_the_bid_is_won() throws Exception {
        recommends(true);
        allCommit(true);
        ProcessInstance bid = logOpportunity();

        assertThat(bid).hasBusinessKey(BID_ID).isWaitingAt(TASK_ASK_FOR_INTEREST);
        answerRound(INTEREST_CLOSES, FORM_EXPRESS_INTEREST, "team:5:org:9", "team:5:org:10");

        verify(weigh, times(1)).execute(any());
        assertThat(bid).isWaitingAtExactly(TASK_DECIDE_GO_NO_GO);
        assertThat(candidateGroups(task(TASK_DECIDE_GO_NO_GO, bid))).containsExactly(LEAD_GROUP);
        complete(task(TASK_DECIDE_GO_NO_GO, bid), Map.of(VAR_GO_AHEAD, GO));

        nameLeadPartner(bid);
        answerRound(COMMITMENTS_CLOSE, FORM_COMMIT_TO_BID, "team:5:org:9", "team:5:org:10");
        verify(check, times(1)).execute(any());

        assertThat(bid).isWaitingAtExactly(SUB_PROCESS_PREPARE_BID, TASK_DRAFT_BID);
        Task draft = task(TASK_DRAFT_BID, bid);
        assertThat(draft).hasDueDate(DRAFT_DUE).hasFormKey(FORM_DRAFT_BID);
        assertThat(candidateGroups(draft)).containsExactlyInAnyOrder(LEAD_GROUP, DRAFT_GROUP);
        assertThat(job(TIMER_BID_NOT_READY, bid).getDuedate()).isEqualTo(ESCALATE_AT);
        complete(draft);
        assertThat(task(TASK_APPROVE_BID, bid)).hasDueDate(APPROVAL_DUE);
        complete(task(TASK_APPROVE_BID, bid), Map.of(VAR_APPROVAL, APPROVED));

        assertThat(bid).isWaitingAtExactly(TASK_SUBMIT_BID);
        assertThat(jobQuery().processInstanceId(bid.getId()).count()).isZero();
        complete(task(TASK_SUBMIT_BID, bid));
        complete(task(TASK_RECORD_OUTCOME, bid), Map.of(VAR_OUTCOME, WON));

        assertThat(bid).isEnded().hasPassedInOrder(TASK_ASK_FOR_INTEREST, TASK_WEIGH_GO_NO_GO, TASK_DECIDE_GO_NO_GO,
                TASK_NAME_LEAD_PARTNER, TASK_ASK_FOR_COMMITMENTS, TASK_CHECK_COMMITMENTS, TASK_DRAFT_BID,
                TASK_APPROVE_BID, TASK_SUBMIT_BID, TASK_RECORD_OUTCOME, EVENT_BID_WON)
                .hasNotPassed(EVENT_BID_LOST, TASK_ESCALATE_BID_NOT_READY, TASK_REVIEW_WITHDRAWALS);
        verify(escalate, never()).execute(any());
        verify(closeNotPursued, never()).execute(any());
    }

    @Test
    void the_lead_agrees_with_a_no_go_and_the_bid_closes_as_not_pursued() throws Exception {
        recommends(false);
        ProcessInstance bid = logOpportunity();
        answerRound(INTEREST_CLOSES, FORM_EXPRESS_INTEREST, "team:5:org:9", "team:5:org:10");

        complete(task(TASK_DECIDE_GO_NO_GO, bid), Map.of(VAR_GO_AHEAD, NO_GO));

        verify(closeNotPursued, times(1)).execute(any());
        assertThat(bid).isEnded().hasPassed(TASK_CLOSE_NOT_PURSUED, EVENT_NOT_PURSUED)
                .hasNotPassed(TASK_NAME_LEAD_PARTNER);
    }

    @Test
    void the_lead_overrides_a_no_go_and_the_bid_goes_on_to_name_its_lead_partner() throws Exception {
        recommends(false);
        ProcessInstance bid = logOpportunity();
        answerRound(INTEREST_CLOSES, FORM_EXPRESS_INTEREST, "team:5:org:9", "team:5:org:10");

        complete(task(TASK_DECIDE_GO_NO_GO, bid), Map.of(VAR_GO_AHEAD, GO));

        assertThat(bid).isWaitingAtExactly(TASK_NAME_LEAD_PARTNER);
        verify(closeNotPursued, never()).execute(any());
    }

    @Test
    void a_partner_withdraws_and_the_lead_carries_on_with_the_others_then_the_bid_is_lost() throws Exception {
        recommends(true);
        allCommit(false);
        ProcessInstance bid = goAheadToCommitments();
        answerRound(COMMITMENTS_CLOSE, FORM_COMMIT_TO_BID, "team:5:org:9", "team:5:org:10");

        assertThat(bid).isWaitingAtExactly(TASK_REVIEW_WITHDRAWALS);
        complete(task(TASK_REVIEW_WITHDRAWALS, bid), Map.of(VAR_CARRY_ON, CARRY_ON));
        assertThat(bid).isWaitingAtExactly(SUB_PROCESS_PREPARE_BID, TASK_DRAFT_BID);
        complete(task(TASK_DRAFT_BID, bid));
        complete(task(TASK_APPROVE_BID, bid), Map.of(VAR_APPROVAL, APPROVED));
        complete(task(TASK_SUBMIT_BID, bid));
        complete(task(TASK_RECORD_OUTCOME, bid), Map.of(VAR_OUTCOME, LOST));

        assertThat(bid).isEnded().hasPassed(TASK_REVIEW_WITHDRAWALS, EVENT_BID_LOST).hasNotPassed(EVENT_BID_WON);
    }

    @Test
    void a_partner_withdraws_and_the_lead_stops_the_bid() throws Exception {
        recommends(true);
        allCommit(false);
        ProcessInstance bid = goAheadToCommitments();
        answerRound(COMMITMENTS_CLOSE, FORM_COMMIT_TO_BID, "team:5:org:9", "team:5:org:10");

        complete(task(TASK_REVIEW_WITHDRAWALS, bid), Map.of(VAR_CARRY_ON, STOP));

        verify(closeNotPursued, times(1)).execute(any());
        assertThat(bid).isEnded().hasPassed(EVENT_NOT_PURSUED).hasNotPassed(TASK_DRAFT_BID);
    }

    @Test
    void a_bid_sent_back_for_redrafting_and_not_ready_in_time_escalates_while_preparation_goes_on() throws Exception {
        recommends(true);
        allCommit(true);
        ProcessInstance bid = goAheadToCommitments();
        answerRound(COMMITMENTS_CLOSE, FORM_COMMIT_TO_BID, "team:5:org:9", "team:5:org:10");
        complete(task(TASK_DRAFT_BID, bid));
        complete(task(TASK_APPROVE_BID, bid), Map.of(VAR_APPROVAL, REDRAFT));
        assertThat(bid).isWaitingAtExactly(SUB_PROCESS_PREPARE_BID, TASK_DRAFT_BID);

        ClockUtil.setCurrentTime(ESCALATE_AT);
        execute(job(TIMER_BID_NOT_READY, bid));
        execute(job(TASK_ESCALATE_BID_NOT_READY, bid));

        verify(escalate, times(1)).execute(any());
        assertThat(bid).hasPassed(TASK_ESCALATE_BID_NOT_READY, EVENT_ESCALATED).isWaitingAtExactly(SUB_PROCESS_PREPARE_BID, TASK_DRAFT_BID);
        complete(task(TASK_DRAFT_BID, bid));
        complete(task(TASK_APPROVE_BID, bid), Map.of(VAR_APPROVAL, APPROVED));
        assertThat(bid).isWaitingAtExactly(TASK_SUBMIT_BID);
    }

    // ----------------------------------------------------------------

    private ProcessInstance goAheadToCommitments() {
        ProcessInstance bid = logOpportunity();
        answerRound(INTEREST_CLOSES, FORM_EXPRESS_INTEREST, "team:5:org:9", "team:5:org:10");
        complete(task(TASK_DECIDE_GO_NO_GO, bid), Map.of(VAR_GO_AHEAD, GO));
        nameLeadPartner(bid);
        return bid;
    }

    private ProcessInstance logOpportunity() {
        Map<String, Object> variables = new HashMap<>(round("41", INTEREST_CLOSES, FORM_EXPRESS_INTEREST,
                List.of("team:5:org:9", "team:5:org:10")));
        variables.put(VAR_BID_ID, Long.valueOf(BID_ID));
        variables.put(VAR_LEAD_GROUP, LEAD_GROUP);
        return runtimeService().startProcessInstanceByKey(KEY, BID_ID, variables);
    }

    /** As the portal does when the lead names the lead partner: the commitment round's variables, and the dates. */
    private void nameLeadPartner(ProcessInstance bid) {
        Task naming = task(TASK_NAME_LEAD_PARTNER, bid);
        Map<String, Object> variables = new HashMap<>(round("42", COMMITMENTS_CLOSE, FORM_COMMIT_TO_BID,
                List.of("team:5:org:9", "team:5:org:10")));
        variables.put(VAR_DRAFT_GROUP, DRAFT_GROUP);
        variables.put(VAR_DRAFT_DUE_AT, DRAFT_DUE);
        variables.put(VAR_APPROVAL_DUE_AT, APPROVAL_DUE);
        variables.put(VAR_ESCALATE_AT, ESCALATE_AT);
        taskService().setVariables(naming.getId(), variables);
        complete(naming);
    }

    private static Map<String, Object> round(String key, Date closes, String form, List<String> groups) {
        return Map.of(ResponseRound.VAR_ROUND_ID, Long.valueOf(key), ResponseRound.VAR_ROUND_KEY, key,
                ResponseRound.VAR_PARTY_GROUPS, groups, ResponseRound.VAR_CLOSES_AT, closes,
                ResponseRound.VAR_REMIND_AT, Date.from(closes.toInstant().minusSeconds(86_400)),
                ResponseRound.VAR_ANSWER_FORM, form, ResponseRound.VAR_ANSWER_TASK_NAME, "Answer");
    }

    /** Every party of the open round answers; checks the round asks the right groups with the right form. */
    private static void answerRound(Date closes, String form, String... groups) {
        List<Task> answers = taskQuery().processDefinitionKey(ResponseRound.KEY)
                .taskDefinitionKey(ResponseRound.TASK_ANSWER_ROUND).initializeFormKeys().list();
        assertThat(answers).extracting(FundingBidProcessTests::candidateGroups)
                .containsExactlyInAnyOrder(java.util.Arrays.stream(groups).map(List::of).toArray(List[]::new));
        for (Task answer : answers) {
            assertThat(answer.getFormKey()).isEqualTo(form);
            assertThat(answer.getDueDate()).isEqualTo(closes);
            taskService().complete(answer.getId());
        }
    }

    private void recommends(boolean go) throws Exception {
        doAnswer(call -> {
            ((DelegateExecution) call.getArgument(0)).setVariable(VAR_RECOMMENDED_GO, go);
            return null;
        }).when(weigh).execute(any());
    }

    private void allCommit(boolean all) throws Exception {
        doAnswer(call -> {
            ((DelegateExecution) call.getArgument(0)).setVariable(VAR_ALL_COMMITTED, all);
            return null;
        }).when(check).execute(any());
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }
}
