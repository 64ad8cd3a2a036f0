package org.neighbourhoodportal.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.neighbourhoodportal.processes.MaturityAssessment.*;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * Every path of an INT's maturity self-assessment, run in an engine of its own with the delegate mocked. The domain
 * owners are asked in the shared round of answers ({@link ResponseRound}, tested on its own in ResponseRoundTests);
 * here the assessment's own steps around it: moderation, sending a domain back, the ICB's questions, publication.
 */
@Deployment(resources = {MaturityAssessment.RESOURCE, ResponseRound.RESOURCE})
class MaturityAssessmentTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .excludeProcessDefinitionKeys(ResponseRound.KEY)
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String ASSESSMENT_ID = "23";
    private static final String ROUND_KEY = "52";
    private static final String LEAD_GROUP = "team:5:lead";
    private static final String ICB_GROUP = "icb:2:manager";
    private static final String DATA_OWNER = "team:5:person:11";
    private static final String PEOPLE_OWNER = "team:5:person:12";
    private static final Instant NOW = Instant.parse("2030-09-02T09:00:00Z");
    private static final Date CLOSES_AT = Date.from(Instant.parse("2030-09-30T22:59:59Z"));
    private static final Date REMIND_AT = Date.from(Instant.parse("2030-09-27T22:59:59Z"));

    private final JavaDelegate publishAssessment = mock(JavaDelegate.class);

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register(DELEGATE_PUBLISH_ASSESSMENT, publishAssessment);
        for (String delegate : ResponseRound.DELEGATES) {
            Mocks.register(delegate, mock(JavaDelegate.class));
        }
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void every_owner_assesses_the_lead_submits_and_the_icb_accepts_so_it_is_published() throws Exception {
        ProcessInstance assessment = open(List.of(DATA_OWNER, PEOPLE_OWNER));

        assertThat(assessment).hasBusinessKey(ASSESSMENT_ID).isWaitingAt(TASK_ASK_DOMAIN_OWNERS);
        List<Task> owners = ownerTasks();
        assertThat(owners).extracting(MaturityAssessmentTests::candidateGroups)
                .containsExactlyInAnyOrder(List.of(DATA_OWNER), List.of(PEOPLE_OWNER));
        for (Task owner : owners) {
            assertThat(owner.getFormKey()).isEqualTo(FORM_ASSESS_YOUR_DOMAINS);
            assertThat(owner).hasDueDate(CLOSES_AT);
        }
        finish(owners.get(0));
        assertThat(assessment).isNotWaitingAt(TASK_MODERATE_ASSESSMENT);
        finish(owners.get(1));

        Task moderation = task(TASK_MODERATE_ASSESSMENT, assessment);
        assertThat(moderation).hasFormKey(FORM_MODERATE_ASSESSMENT);
        assertThat(candidateGroups(moderation)).containsExactly(LEAD_GROUP);
        complete(moderation, Map.of(VAR_MODERATION, MODERATION_SUBMIT));

        Task review = task(TASK_REVIEW_ASSESSMENT, assessment);
        assertThat(review).hasFormKey(FORM_REVIEW_ASSESSMENT);
        assertThat(candidateGroups(review)).containsExactly(ICB_GROUP);
        verify(publishAssessment, never()).execute(any());
        complete(review, Map.of(VAR_REVIEW, REVIEW_ACCEPT));

        verify(publishAssessment, times(1)).execute(any());
        assertThat(assessment).isEnded().hasPassedInOrder(TASK_ASK_DOMAIN_OWNERS, TASK_MODERATE_ASSESSMENT,
                TASK_REVIEW_ASSESSMENT, TASK_PUBLISH_ASSESSMENT, EVENT_ASSESSMENT_PUBLISHED)
                .hasNotPassed(TASK_ANSWER_LEAD_QUESTION);
    }

    @Test
    void an_owner_who_misses_the_deadline_is_sent_back_their_domain_by_the_lead() throws Exception {
        ProcessInstance assessment = open(List.of(DATA_OWNER, PEOPLE_OWNER));
        finish(ownerTaskOf(PEOPLE_OWNER));
        String late = ownerTaskOf(DATA_OWNER).getId();

        ClockUtil.setCurrentTime(CLOSES_AT);
        execute(job(ResponseRound.TIMER_ROUND_DEADLINE, round()));

        HistoricTaskInstance ended = historyService().createHistoricTaskInstanceQuery().taskId(late).singleResult();
        assertThat(ended.getEndTime()).isNotNull();
        assertThat(ended.getDeleteReason()).isNotEqualTo("completed");
        assertThat(assessment).isWaitingAtExactly(TASK_MODERATE_ASSESSMENT);

        complete(task(TASK_MODERATE_ASSESSMENT, assessment),
                Map.of(VAR_MODERATION, MODERATION_SEND_BACK, VAR_RETURN_TO, DATA_OWNER));
        Task revise = task(TASK_ANSWER_LEAD_QUESTION, assessment);
        assertThat(revise).hasFormKey(FORM_ANSWER_LEAD_QUESTION);
        assertThat(candidateGroups(revise)).containsExactly(DATA_OWNER);
        assertThat(assessment).isNotWaitingAt(TASK_REVIEW_ASSESSMENT);
        complete(revise);

        assertThat(assessment).isWaitingAtExactly(TASK_MODERATE_ASSESSMENT);
        complete(task(TASK_MODERATE_ASSESSMENT, assessment), Map.of(VAR_MODERATION, MODERATION_SUBMIT));
        complete(task(TASK_REVIEW_ASSESSMENT, assessment), Map.of(VAR_REVIEW, REVIEW_ACCEPT));

        verify(publishAssessment, times(1)).execute(any());
        assertThat(assessment).isEnded().hasPassed(TASK_ANSWER_LEAD_QUESTION, EVENT_ASSESSMENT_PUBLISHED);
    }

    @Test
    void the_icb_asks_questions_twice_and_accepts_the_third_submission() throws Exception {
        ProcessInstance assessment = open(List.of(DATA_OWNER));
        finish(ownerTaskOf(DATA_OWNER));

        for (int questions = 1; questions <= 2; questions++) {
            complete(task(TASK_MODERATE_ASSESSMENT, assessment), Map.of(VAR_MODERATION, MODERATION_SUBMIT));
            complete(task(TASK_REVIEW_ASSESSMENT, assessment), Map.of(VAR_REVIEW, REVIEW_QUESTIONS));
            assertThat(assessment).isWaitingAtExactly(TASK_MODERATE_ASSESSMENT);
            assertThat(candidateGroups(task(TASK_MODERATE_ASSESSMENT, assessment))).containsExactly(LEAD_GROUP);
            verify(publishAssessment, never()).execute(any());
        }
        complete(task(TASK_MODERATE_ASSESSMENT, assessment), Map.of(VAR_MODERATION, MODERATION_SUBMIT));
        complete(task(TASK_REVIEW_ASSESSMENT, assessment), Map.of(VAR_REVIEW, REVIEW_ACCEPT));

        verify(publishAssessment, times(1)).execute(any());
        assertThat(assessment).isEnded();
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(assessment.getId())
                .activityId(TASK_REVIEW_ASSESSMENT).count()).isEqualTo(3);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(assessment.getId())
                .activityId(TASK_MODERATE_ASSESSMENT).count()).isEqualTo(3);
    }

    // ----------------------------------------------------------------

    private ProcessInstance open(List<String> ownerGroups) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of(
                VAR_ASSESSMENT_ID, Long.valueOf(ASSESSMENT_ID),
                VAR_TEAM_ID, 5L,
                VAR_LEAD_GROUP, LEAD_GROUP,
                VAR_ICB_GROUP, ICB_GROUP));
        variables.putAll(Map.of(
                ResponseRound.VAR_ROUND_ID, Long.valueOf(ROUND_KEY),
                ResponseRound.VAR_ROUND_KEY, ROUND_KEY,
                ResponseRound.VAR_PARTY_GROUPS, ownerGroups,
                ResponseRound.VAR_CLOSES_AT, CLOSES_AT,
                ResponseRound.VAR_REMIND_AT, REMIND_AT,
                ResponseRound.VAR_ANSWER_FORM, FORM_ASSESS_YOUR_DOMAINS,
                ResponseRound.VAR_ANSWER_TASK_NAME, "Assess your domains"));
        return runtimeService().startProcessInstanceByKey(KEY, ASSESSMENT_ID, variables);
    }

    private static ProcessInstance round() {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(ResponseRound.KEY)
                .processInstanceBusinessKey(ROUND_KEY).singleResult();
    }

    private static void finish(Task ownerTask) {
        taskService().complete(ownerTask.getId());
    }

    private static List<Task> ownerTasks() {
        return taskQuery().processDefinitionKey(ResponseRound.KEY).taskDefinitionKey(ResponseRound.TASK_ANSWER_ROUND)
                .initializeFormKeys().list();
    }

    private static Task ownerTaskOf(String group) {
        return taskQuery().processDefinitionKey(ResponseRound.KEY).taskCandidateGroup(group).singleResult();
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }
}
