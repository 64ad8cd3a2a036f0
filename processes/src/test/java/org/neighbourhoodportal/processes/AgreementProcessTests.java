package org.neighbourhoodportal.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
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
import static org.neighbourhoodportal.processes.AgreementProcess.*;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
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
 * Every path of agreeing a ToR or MoU, in an engine of its own with the delegates mocked: agreed in one round,
 * objections and a repeated round, a missing signature asked for again, and the annual review timer.
 */
@Deployment(resources = {AgreementProcess.RESOURCE, ResponseRound.RESOURCE})
class AgreementProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .excludeProcessDefinitionKeys(ResponseRound.KEY)
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String AGREEMENT_ID = "31";
    private static final String LEAD_GROUP = "team:5:lead";
    private static final Instant NOW = Instant.parse("2030-03-04T09:00:00Z");
    private static final Date CLOSES_ON = Date.from(Instant.parse("2030-04-01T17:00:00Z"));
    private static final Date REMIND_AT = Date.from(Instant.parse("2030-03-29T17:00:00Z"));
    private static final Date REVIEW_AT = Date.from(Instant.parse("2031-04-01T08:00:00Z"));

    private final JavaDelegate prepareRound = mock(JavaDelegate.class);
    private final JavaDelegate checkSignatures = mock(JavaDelegate.class);
    private final JavaDelegate publish = mock(JavaDelegate.class);
    private final JavaDelegate openReviewDraft = mock(JavaDelegate.class);
    private final Deque<Boolean> allSigned = new ArrayDeque<>();
    /** The forms of the rounds prepared, in order: the lead opens them, the delegate hands them on. */
    private final Deque<String> roundForms = new ArrayDeque<>();
    private final List<String> roundsPrepared = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        for (String delegate : ResponseRound.DELEGATES) {
            Mocks.register(delegate, mock(JavaDelegate.class));
        }
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            String form = roundForms.removeFirst();
            roundsPrepared.add(form);
            long id = 60L + roundsPrepared.size();
            execution.setVariable(ResponseRound.VAR_ROUND_ID, id);
            execution.setVariable(ResponseRound.VAR_ROUND_KEY, Long.toString(id));
            execution.setVariable(ResponseRound.VAR_PARTY_GROUPS, List.of("team:5:org:7", "team:5:org:8"));
            execution.setVariable(ResponseRound.VAR_CLOSES_AT, CLOSES_ON);
            execution.setVariable(ResponseRound.VAR_REMIND_AT, REMIND_AT);
            execution.setVariable(ResponseRound.VAR_ANSWER_FORM, form);
            execution.setVariable(ResponseRound.VAR_ANSWER_TASK_NAME, "Answer");
            return null;
        }).when(prepareRound).execute(any());
        doAnswer(call -> {
            ((DelegateExecution) call.getArgument(0)).setVariable(VAR_ALL_SIGNED, allSigned.removeFirst());
            return null;
        }).when(checkSignatures).execute(any());
        doAnswer(call -> {
            ((DelegateExecution) call.getArgument(0)).setVariable(VAR_REVIEW_AT, REVIEW_AT);
            return null;
        }).when(publish).execute(any());
        Mocks.register(DELEGATE_PREPARE_ROUND, prepareRound);
        Mocks.register(DELEGATE_CHECK_SIGNATURES, checkSignatures);
        Mocks.register(DELEGATE_PUBLISH, publish);
        Mocks.register(DELEGATE_OPEN_REVIEW_DRAFT, openReviewDraft);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void comments_then_sign_off_by_every_organisation_puts_the_version_in_force() throws Exception {
        roundForms.add(FORM_COMMENT_ON_AGREEMENT);
        roundForms.add(FORM_SIGN_AGREEMENT);
        allSigned.add(true);
        ProcessInstance agreement = share();

        assertThat(agreement).hasBusinessKey(AGREEMENT_ID).isWaitingAt(TASK_ASK_FOR_COMMENTS);
        assertThat(roundTasks()).hasSize(2).allSatisfy(t -> assertThat(t.getFormKey())
                .isEqualTo(FORM_COMMENT_ON_AGREEMENT));
        answerAll();
        Task revise = task(TASK_REVISE_DRAFT, agreement);
        assertThat(revise).hasFormKey(FORM_REVISE_AGREEMENT).hasCandidateGroup(LEAD_GROUP);
        complete(revise, Map.of(VAR_NEXT_STEP, SIGN_OFF));

        assertThat(agreement).isWaitingAt(TASK_ASK_FOR_SIGNATURES);
        assertThat(roundTasks()).allSatisfy(t -> assertThat(t.getFormKey()).isEqualTo(FORM_SIGN_AGREEMENT));
        verify(publish, never()).execute(any());
        answerAll();

        verify(checkSignatures, times(1)).execute(any());
        verify(publish, times(1)).execute(any());
        assertThat(agreement).isWaitingAt(EVENT_REVIEW_DUE).hasNotPassed(TASK_RESOLVE_MISSING_SIGNATURES);
    }

    @Test
    void objections_lead_to_a_revised_draft_and_a_repeated_round_of_comments() throws Exception {
        roundForms.add(FORM_COMMENT_ON_AGREEMENT);
        roundForms.add(FORM_COMMENT_ON_AGREEMENT);
        ProcessInstance agreement = share();
        answerAll();
        complete(task(TASK_REVISE_DRAFT, agreement), Map.of(VAR_NEXT_STEP, ANOTHER_ROUND));

        assertThat(roundsPrepared).containsExactly(FORM_COMMENT_ON_AGREEMENT, FORM_COMMENT_ON_AGREEMENT);
        assertThat(agreement).isWaitingAt(TASK_ASK_FOR_COMMENTS).isNotWaitingAt(TASK_ASK_FOR_SIGNATURES);
        answerAll();
        assertThat(agreement).isWaitingAtExactly(TASK_REVISE_DRAFT);
    }

    @Test
    void a_missing_signature_goes_back_to_the_lead_who_asks_again() throws Exception {
        roundForms.add(FORM_COMMENT_ON_AGREEMENT);
        roundForms.add(FORM_SIGN_AGREEMENT);
        roundForms.add(FORM_SIGN_AGREEMENT);
        allSigned.add(false);
        allSigned.add(true);
        ProcessInstance agreement = share();
        answerAll();
        complete(task(TASK_REVISE_DRAFT, agreement), Map.of(VAR_NEXT_STEP, SIGN_OFF));
        answerAll();

        assertThat(agreement).isWaitingAtExactly(TASK_RESOLVE_MISSING_SIGNATURES);
        verify(publish, never()).execute(any());
        Task resolve = task(TASK_RESOLVE_MISSING_SIGNATURES, agreement);
        assertThat(resolve).hasFormKey(FORM_RESOLVE_MISSING_SIGNATURES).hasCandidateGroup(LEAD_GROUP);
        complete(resolve);

        assertThat(roundsPrepared).containsExactly(FORM_COMMENT_ON_AGREEMENT, FORM_SIGN_AGREEMENT,
                FORM_SIGN_AGREEMENT);
        answerAll();
        verify(publish, times(1)).execute(any());
    }

    @Test
    void on_the_review_date_a_new_draft_opens_from_the_version_in_force() throws Exception {
        roundForms.add(FORM_COMMENT_ON_AGREEMENT);
        roundForms.add(FORM_SIGN_AGREEMENT);
        allSigned.add(true);
        ProcessInstance agreement = share();
        answerAll();
        complete(task(TASK_REVISE_DRAFT, agreement), Map.of(VAR_NEXT_STEP, SIGN_OFF));
        answerAll();

        Job review = job(EVENT_REVIEW_DUE, agreement);
        assertThat(review.getDuedate()).isEqualTo(REVIEW_AT);
        verify(openReviewDraft, never()).execute(any());
        ClockUtil.setCurrentTime(REVIEW_AT);
        execute(review);

        verify(openReviewDraft, times(1)).execute(any());
        assertThat(agreement).isEnded().hasPassedInOrder(TASK_PUBLISH_VERSION, EVENT_REVIEW_DUE,
                TASK_OPEN_REVIEW_DRAFT, EVENT_REVIEW_OPENED);
    }

    // ----------------------------------------------------------------

    private ProcessInstance share() {
        return runtimeService().startProcessInstanceByKey(KEY, AGREEMENT_ID, Map.of(
                VAR_AGREEMENT_ID, Long.valueOf(AGREEMENT_ID), VAR_LEAD_GROUP, LEAD_GROUP));
    }

    private static List<Task> roundTasks() {
        return taskQuery().processDefinitionKey(ResponseRound.KEY).taskDefinitionKey(ResponseRound.TASK_ANSWER_ROUND)
                .initializeFormKeys().list();
    }

    private static void answerAll() {
        roundTasks().forEach(t -> taskService().complete(t.getId()));
    }
}
