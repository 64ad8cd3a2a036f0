package org.neighbourhoodportal.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.neighbourhoodportal.processes.MonthlyHighlightReportSchedule.*;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The monthly schedule, run in an engine of its own with the delegates mocked. The timer's cycle comes from a bean, as
 * in the portal; here the bean is a map holding the default cron. That starting a month's reports twice makes no
 * second report is the portal's business, tested there.
 */
@Deployment(resources = MonthlyHighlightReportSchedule.RESOURCE)
class MonthlyHighlightReportScheduleTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    /** A Wednesday at the end of July 2026; 1 August 2026 is a Saturday. The cron runs in the server's zone. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 7, 29, 10, 0);
    private static final LocalDateTime AUGUST_RUN = LocalDateTime.of(2026, 8, 3, 7, 0);

    private final JavaDelegate findTeams = mock(JavaDelegate.class);
    private final JavaDelegate startTeamReport = mock(JavaDelegate.class);
    /** What the find step answers this month. */
    private List<Long> teamsDue = List.of(11L, 12L, 13L);
    /** INTs whose report fails to start. */
    private final Set<Long> failing = new HashSet<>();
    private boolean findingFails;
    /** The INT and month of each report started, in the order started. */
    private final List<String> started = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        init(engine.getProcessEngine());
        // before the deployment, which happens after this: the start timer is scheduled when the model is deployed
        ClockUtil.setCurrentTime(at(NOW));
        Mocks.register(SCHEDULE_BEAN, Map.of("cron", DEFAULT_CRON));
        Mocks.register(DELEGATE_FIND_TEAMS_TO_REPORT, findTeams);
        Mocks.register(DELEGATE_START_TEAM_REPORT, startTeamReport);
        doAnswer(call -> {
            if (findingFails) {
                throw new IllegalStateException("The work plans could not be read");
            }
            DelegateExecution execution = call.getArgument(0);
            execution.setVariable(VAR_TEAM_IDS, new ArrayList<>(teamsDue));
            execution.setVariable(VAR_MONTH, "2026-08");
            return null;
        }).when(findTeams).execute(any());
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            Long team = (Long) execution.getVariable(VAR_TEAM_ID);
            if (failing.contains(team)) {
                throw new IllegalStateException("INT " + team + " has no lead");
            }
            started.add(team + " " + execution.getVariable(VAR_MONTH));
            return null;
        }).when(startTeamReport).execute(any());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void deploying_the_schedule_waits_for_the_first_weekday_of_next_month_at_seven() throws Exception {
        Job timer = scheduleTimer();

        assertThat(timer.getDuedate()).as("Saturday 1 August moves to Monday 3 August").isEqualTo(at(AUGUST_RUN));
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
        verify(findTeams, never()).execute(any());
    }

    @Test
    void each_month_the_timer_starts_each_ints_report_in_a_job_of_its_own_and_waits_for_the_next_month()
            throws Exception {
        ClockUtil.setCurrentTime(at(AUGUST_RUN));
        execute(scheduleTimer());

        List<Job> perTeam = teamJobs();
        assertThat(perTeam).as("one job per INT, none run yet").hasSize(3);
        assertThat(started).isEmpty();
        Job september = scheduleTimer();
        assertThat(september.getDuedate()).as("Tuesday 1 September").isEqualTo(at(LocalDateTime.of(2026, 9, 1, 7, 0)));

        perTeam.forEach(job -> execute(job));

        assertThat(started).containsExactlyInAnyOrder("11 2026-08", "12 2026-08", "13 2026-08");
        String run = perTeam.get(0).getProcessInstanceId();
        assertThat(passed(run)).containsSubsequence(EVENT_MONTH_STARTED, TASK_FIND_TEAMS_TO_REPORT,
                TASK_START_TEAM_REPORT, EVENT_REPORTS_STARTED);
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
                .as("the run ends when every INT's report has started").isZero();

        ClockUtil.setCurrentTime(september.getDuedate());
        teamsDue = List.of(12L);
        execute(september);
        execute(teamJobs().get(0));

        assertThat(started).hasSize(4).last().isEqualTo("12 2026-08");
        assertThat(scheduleTimer().getDuedate()).as("Thursday 1 October")
                .isEqualTo(at(LocalDateTime.of(2026, 10, 1, 7, 0)));
    }

    @Test
    void one_ints_failure_stops_no_other_and_is_tried_three_more_times_then_waits_to_be_retried_by_hand() {
        failing.add(12L);
        ClockUtil.setCurrentTime(at(AUGUST_RUN));
        execute(scheduleTimer());

        for (Job job : teamJobs()) {
            runCatching(job);
        }

        assertThat(started).containsExactlyInAnyOrder("11 2026-08", "13 2026-08");
        Job failed = single(teamJobs());
        assertThat(failed.getExceptionMessage()).isEqualTo("INT 12 has no lead");
        assertThat(failed.getRetries()).as("three tries left").isEqualTo(3);
        assertThat(failed.getDuedate()).as("the next in 5 minutes").isEqualTo(later(AUGUST_RUN, Duration.ofMinutes(5)));

        LocalDateTime now = AUGUST_RUN.plusMinutes(5);
        for (Duration wait : List.of(Duration.ofMinutes(30), Duration.ofHours(2))) {
            ClockUtil.setCurrentTime(at(now));
            runCatching(single(teamJobs()));
            assertThat(single(teamJobs()).getDuedate()).isEqualTo(later(now, wait));
            now = now.plus(wait);
        }
        ClockUtil.setCurrentTime(at(now));
        runCatching(single(teamJobs()));

        Job given = single(teamJobs());
        assertThat(given.getRetries()).as("no tries left").isZero();
        Incident incident = runtimeService().createIncidentQuery().configuration(given.getId())
                .singleResult();
        assertThat(incident.getIncidentMessage()).isEqualTo("INT 12 has no lead");
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
                .as("the run waits for the INT that failed").isOne();

        failing.clear();
        managementService().setJobRetries(given.getId(), 1);
        execute(single(teamJobs()));

        assertThat(started).containsExactlyInAnyOrder("11 2026-08", "13 2026-08", "12 2026-08");
        assertThat(runtimeService().createIncidentQuery().count()).isZero();
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }

    @Test
    void a_month_with_no_int_due_a_report_ends_at_once() {
        teamsDue = List.of();
        ClockUtil.setCurrentTime(at(AUGUST_RUN));
        execute(scheduleTimer());

        assertThat(teamJobs()).isEmpty();
        assertThat(started).isEmpty();
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }

    @Test
    void when_finding_the_ints_fails_the_run_is_tried_again_in_five_minutes_and_next_months_run_still_waits() {
        findingFails = true;
        ClockUtil.setCurrentTime(at(AUGUST_RUN));
        runCatching(scheduleTimer());

        List<Job> timers = jobQuery().processDefinitionKey(KEY).timers().orderByJobDuedate().asc().list();
        assertThat(timers).as("the failed run, and next month's (the engine makes it whatever this run does)")
                .hasSize(2);
        Job failed = timers.get(0);
        assertThat(failed.getExceptionMessage()).isEqualTo("The work plans could not be read");
        assertThat(failed.getRetries()).as("three tries left").isEqualTo(3);
        assertThat(failed.getDuedate()).isEqualTo(later(AUGUST_RUN, Duration.ofMinutes(5)));
        assertThat(timers.get(1).getDuedate()).as("Tuesday 1 September")
                .isEqualTo(at(LocalDateTime.of(2026, 9, 1, 7, 0)));

        findingFails = false;
        ClockUtil.setCurrentTime(failed.getDuedate());
        execute(failed);
        teamJobs().forEach(job -> execute(job));

        assertThat(started).containsExactlyInAnyOrder("11 2026-08", "12 2026-08", "13 2026-08");
        assertThat(scheduleTimer().getDuedate()).as("one timer again, for September")
                .isEqualTo(at(LocalDateTime.of(2026, 9, 1, 7, 0)));
    }

    // ----------------------------------------------------------------

    private static Job scheduleTimer() {
        List<Job> timers = jobQuery().processDefinitionKey(KEY).timers().list();
        assertThat(timers).as("one start timer at a time").hasSize(1);
        return timers.get(0);
    }

    private static List<Job> teamJobs() {
        return jobQuery().processDefinitionKey(KEY).messages().list();
    }

    private static Job single(List<Job> jobs) {
        assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }

    /** Runs a job as the job executor would: a failure is recorded on the job, not thrown at anyone. */
    private static void runCatching(Job job) {
        try {
            managementService().executeJob(job.getId());
        } catch (RuntimeException expected) {
            // recorded on the job (retries, exception message), which the tests read
        }
    }

    private static List<String> passed(String processInstanceId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    private static Date later(LocalDateTime from, Duration wait) {
        return at(from.plus(wait));
    }

    private static Date at(LocalDateTime local) {
        return Date.from(local.atZone(ZoneId.systemDefault()).toInstant());
    }
}
