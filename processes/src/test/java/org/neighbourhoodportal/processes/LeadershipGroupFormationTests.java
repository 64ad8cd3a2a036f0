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
import static org.neighbourhoodportal.processes.LeadershipGroupFormation.*;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
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
 * Every path of forming a leadership group, in an engine of its own with the delegates mocked: no gaps, a gap
 * accepted with a reason, a gap asked about again (a second round of nominations), and the term-of-office reminder.
 * The round itself is ResponseRoundTests'; the decision tables are CoreSeatCoverageTests' and
 * OrganisationShareOfSeatsTests'.
 */
@Deployment(resources = {LeadershipGroupFormation.RESOURCE, ResponseRound.RESOURCE})
class LeadershipGroupFormationTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .excludeProcessDefinitionKeys(ResponseRound.KEY)
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String GROUP_ID = "23";
    private static final String LEAD_GROUP = "team:5:lead";
    private static final Instant NOW = Instant.parse("2030-03-04T09:00:00Z");
    private static final Date CLOSES_ON = Date.from(Instant.parse("2030-04-01T17:00:00Z"));
    private static final Date REMIND_AT = Date.from(Instant.parse("2030-03-29T17:00:00Z"));
    private static final Date TERM_REMINDER = Date.from(Instant.parse("2032-02-01T09:00:00Z"));

    private final JavaDelegate checkCoreSeats = mock(JavaDelegate.class);
    private final JavaDelegate tellNominees = mock(JavaDelegate.class);
    private final JavaDelegate remindTermEnd = mock(JavaDelegate.class);
    private final JavaDelegate prepareNominations = mock(JavaDelegate.class);
    /** What the core-seat check finds, one answer per check, in order. */
    private final Deque<Boolean> gapsFound = new ArrayDeque<>();
    private int rounds;

    @BeforeEach
    void setUp() throws Exception {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        for (String delegate : ResponseRound.DELEGATES) {
            Mocks.register(delegate, mock(JavaDelegate.class));
        }
        // as the portal's delegate does: the latest call for nominations becomes the round's inputs
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            rounds++;
            execution.setVariable(ResponseRound.VAR_ROUND_ID, 40L + rounds);
            execution.setVariable(ResponseRound.VAR_ROUND_KEY, Long.toString(40L + rounds));
            execution.setVariable(ResponseRound.VAR_PARTY_GROUPS, List.of("team:5:org:7", "team:5:org:8"));
            execution.setVariable(ResponseRound.VAR_CLOSES_AT, CLOSES_ON);
            execution.setVariable(ResponseRound.VAR_REMIND_AT, REMIND_AT);
            execution.setVariable(ResponseRound.VAR_ANSWER_FORM, FORM_NOMINATE_FOR_SEATS);
            execution.setVariable(ResponseRound.VAR_ANSWER_TASK_NAME, "Nominate for the leadership group");
            return null;
        }).when(prepareNominations).execute(any());
        doAnswer(call -> {
            ((DelegateExecution) call.getArgument(0)).setVariable(VAR_GAPS_FOUND, gapsFound.removeFirst());
            return null;
        }).when(checkCoreSeats).execute(any());
        doAnswer(call -> {
            ((DelegateExecution) call.getArgument(0)).setVariable(VAR_TERM_REMINDER_AT, TERM_REMINDER);
            return null;
        }).when(tellNominees).execute(any());
        Mocks.register(DELEGATE_PREPARE_NOMINATIONS, prepareNominations);
        Mocks.register(DELEGATE_CHECK_CORE_SEATS, checkCoreSeats);
        Mocks.register(DELEGATE_TELL_NOMINEES, tellNominees);
        Mocks.register(DELEGATE_REMIND_TERM_END, remindTermEnd);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void every_core_seat_covered_goes_straight_to_the_lead_to_confirm_then_nominees_are_told() throws Exception {
        gapsFound.add(false);
        ProcessInstance group = defineSeats();

        assertThat(group).hasBusinessKey(GROUP_ID).isWaitingAt(TASK_ASK_FOR_NOMINATIONS);
        List<Task> asked = nominationTasks();
        assertThat(asked).extracting(LeadershipGroupFormationTests::candidateGroup)
                .containsExactlyInAnyOrder("team:5:org:7", "team:5:org:8");
        assertThat(asked).allSatisfy(t -> assertThat(t.getFormKey()).isEqualTo(FORM_NOMINATE_FOR_SEATS));
        nominateAll();

        verify(checkCoreSeats, times(1)).execute(any());
        assertThat(group).isWaitingAtExactly(TASK_CONFIRM_GROUP).hasNotPassed(TASK_RESOLVE_GAPS);
        Task confirm = task(TASK_CONFIRM_GROUP, group);
        assertThat(confirm).hasFormKey(FORM_CONFIRM_LEADERSHIP_GROUP).hasCandidateGroup(LEAD_GROUP);
        verify(tellNominees, never()).execute(any());

        complete(confirm);

        verify(tellNominees, times(1)).execute(any());
        assertThat(group).isWaitingAt(EVENT_TERM_ENDING_SOON);
        verify(remindTermEnd, never()).execute(any());
    }

    @Test
    void a_gap_the_lead_accepts_with_a_reason_goes_on_to_confirming_the_group() throws Exception {
        gapsFound.add(true);
        ProcessInstance group = defineSeats();
        nominateAll();

        assertThat(group).isWaitingAtExactly(TASK_RESOLVE_GAPS);
        Task resolve = task(TASK_RESOLVE_GAPS, group);
        assertThat(resolve).hasFormKey(FORM_RESOLVE_LEADERSHIP_GAPS).hasCandidateGroup(LEAD_GROUP);
        complete(resolve, Map.of(VAR_NEXT_STEP, ACCEPT_GAPS));

        assertThat(group).isWaitingAtExactly(TASK_CONFIRM_GROUP).hasPassed(GATEWAY_ASK_AGAIN);
        assertThat(rounds).isEqualTo(1);
        complete(task(TASK_CONFIRM_GROUP, group));
        verify(tellNominees, times(1)).execute(any());
    }

    @Test
    void a_gap_the_lead_asks_about_again_opens_a_second_round_of_nominations() throws Exception {
        gapsFound.add(true);
        gapsFound.add(false);
        ProcessInstance group = defineSeats();
        nominateAll();
        complete(task(TASK_RESOLVE_GAPS, group), Map.of(VAR_NEXT_STEP, ASK_AGAIN));

        assertThat(rounds).isEqualTo(2);
        verify(prepareNominations, times(2)).execute(any());
        assertThat(group).isWaitingAt(TASK_ASK_FOR_NOMINATIONS).isNotWaitingAt(TASK_CONFIRM_GROUP);
        assertThat(nominationTasks()).hasSize(2);
        nominateAll();

        verify(checkCoreSeats, times(2)).execute(any());
        assertThat(group).isWaitingAtExactly(TASK_CONFIRM_GROUP);
    }

    @Test
    void the_lead_is_reminded_when_the_term_of_office_is_ending() throws Exception {
        gapsFound.add(false);
        ProcessInstance group = defineSeats();
        nominateAll();
        complete(task(TASK_CONFIRM_GROUP, group));

        Job timer = job(EVENT_TERM_ENDING_SOON, group);
        assertThat(timer.getDuedate()).isEqualTo(TERM_REMINDER);
        verify(remindTermEnd, never()).execute(any());
        ClockUtil.setCurrentTime(TERM_REMINDER);
        execute(timer);

        verify(remindTermEnd, times(1)).execute(any());
        assertThat(group).isEnded().hasPassedInOrder(TASK_CONFIRM_GROUP, TASK_TELL_NOMINEES, EVENT_TERM_ENDING_SOON,
                TASK_REMIND_LEAD_OF_TERM_END, EVENT_GROUP_FORMED);
    }

    // ----------------------------------------------------------------

    private ProcessInstance defineSeats() {
        return runtimeService().startProcessInstanceByKey(KEY, GROUP_ID, Map.of(
                VAR_GROUP_ID, Long.valueOf(GROUP_ID),
                VAR_TEAM_ID, 5L,
                VAR_LEAD_GROUP, LEAD_GROUP));
    }

    private static List<Task> nominationTasks() {
        return taskQuery().processDefinitionKey(ResponseRound.KEY).taskDefinitionKey(ResponseRound.TASK_ANSWER_ROUND)
                .initializeFormKeys().list();
    }

    private static void nominateAll() {
        for (Task nomination : nominationTasks()) {
            taskService().complete(nomination.getId());
        }
    }

    private static String candidateGroup(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).findFirst().orElseThrow();
    }
}
