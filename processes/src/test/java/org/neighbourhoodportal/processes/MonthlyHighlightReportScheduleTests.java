package org.neighbourhoodportal.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.neighbourhoodportal.processes.MonthlyHighlightReportSchedule.*;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The monthly schedule, run in an engine of its own with the delegate mocked. The timer's cycle comes from a bean, as
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

    private final JavaDelegate startMonthlyReports = mock(JavaDelegate.class);
    private final List<String> runs = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        init(engine.getProcessEngine());
        // before the deployment, which happens after this: the start timer is scheduled when the model is deployed
        ClockUtil.setCurrentTime(at(NOW));
        Mocks.register(SCHEDULE_BEAN, Map.of("cron", DEFAULT_CRON));
        Mocks.register(DELEGATE_START_MONTHLY_REPORTS, startMonthlyReports);
        doAnswer(call -> {
            runs.add(((DelegateExecution) call.getArgument(0)).getProcessInstanceId());
            return null;
        }).when(startMonthlyReports).execute(any());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void deploying_the_schedule_waits_for_the_first_weekday_of_next_month_at_seven() throws Exception {
        Job timer = scheduleTimer();

        assertThat(timer.getDuedate()).as("Saturday 1 August moves to Monday 3 August")
                .isEqualTo(at(LocalDateTime.of(2026, 8, 3, 7, 0)));
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
        verify(startMonthlyReports, never()).execute(any());
    }

    @Test
    void each_month_the_timer_starts_the_months_reports_once_and_waits_for_the_next_month() throws Exception {
        ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 8, 3, 7, 0)));
        execute(scheduleTimer());

        verify(startMonthlyReports, times(1)).execute(any());
        assertThat(runs).hasSize(1);
        assertThat(passed(runs.get(0)))
                .containsExactly(EVENT_MONTH_STARTED, TASK_START_MONTHLY_REPORTS, EVENT_REPORTS_STARTED);
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
                .as("each run ends at once").isZero();
        Job september = scheduleTimer();
        assertThat(september.getDuedate()).as("Tuesday 1 September")
                .isEqualTo(at(LocalDateTime.of(2026, 9, 1, 7, 0)));

        ClockUtil.setCurrentTime(september.getDuedate());
        execute(september);

        verify(startMonthlyReports, times(2)).execute(any());
        assertThat(runs).hasSize(2).doesNotHaveDuplicates();
        assertThat(scheduleTimer().getDuedate()).as("Thursday 1 October")
                .isEqualTo(at(LocalDateTime.of(2026, 10, 1, 7, 0)));
    }

    // ----------------------------------------------------------------

    private static Job scheduleTimer() {
        List<Job> timers = jobQuery().processDefinitionKey(KEY).timers().list();
        assertThat(timers).as("one start timer at a time").hasSize(1);
        return timers.get(0);
    }

    private static List<String> passed(String processInstanceId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    private static Date at(LocalDateTime local) {
        return Date.from(local.atZone(ZoneId.systemDefault()).toInstant());
    }
}
