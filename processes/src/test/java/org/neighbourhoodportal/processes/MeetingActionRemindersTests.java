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
import static org.neighbourhoodportal.processes.MeetingActionReminders.*;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
 * The daily reminders to meeting action owners, in an engine of their own with the delegate mocked. Who is reminded,
 * once, and done actions left alone are the portal's business, tested there (MeetingRatificationAndRemindersTests).
 */
@Deployment(resources = MeetingActionReminders.RESOURCE)
class MeetingActionRemindersTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 7, 29, 10, 0);
    private static final LocalDateTime NEXT_RUN = LocalDateTime.of(2026, 7, 30, 8, 0);

    private final JavaDelegate remind = mock(JavaDelegate.class);
    private boolean fails;
    private int runs;

    @BeforeEach
    void setUp() throws Exception {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(at(NOW));
        Mocks.register(SCHEDULE_BEAN, Map.of("cron", DEFAULT_CRON));
        Mocks.register(DELEGATE_REMIND_ACTION_OWNERS, remind);
        doAnswer(call -> {
            if (fails) {
                throw new IllegalStateException("The actions could not be read");
            }
            runs++;
            return null;
        }).when(remind).execute(any());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void deploying_waits_for_eight_tomorrow_morning_then_each_morning_reminds_and_waits_for_the_next() throws Exception {
        Job timer = timer();
        assertThat(timer.getDuedate()).isEqualTo(at(NEXT_RUN));
        verify(remind, never()).execute(any());

        ClockUtil.setCurrentTime(at(NEXT_RUN));
        execute(timer);

        assertThat(runs).isOne();
        assertThat(timer().getDuedate()).as("the morning after").isEqualTo(at(NEXT_RUN.plusDays(1)));
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
        assertThat(historyService().createHistoricActivityInstanceQuery().orderPartiallyByOccurrence().asc().list()
                .stream().map(HistoricActivityInstance::getActivityId).toList())
                .containsSubsequence(EVENT_DAY_STARTED, TASK_REMIND_ACTION_OWNERS, EVENT_OWNERS_REMINDED);
    }

    @Test
    void a_failed_run_is_tried_again_in_five_minutes_and_tomorrows_still_waits() {
        fails = true;
        ClockUtil.setCurrentTime(at(NEXT_RUN));
        try {
            managementService().executeJob(timer().getId());
        } catch (RuntimeException expected) {
            // recorded on the job
        }

        List<Job> timers = jobQuery().processDefinitionKey(KEY).timers().orderByJobDuedate().asc().list();
        assertThat(timers).hasSize(2);
        assertThat(timers.get(0).getExceptionMessage()).isEqualTo("The actions could not be read");
        assertThat(timers.get(0).getRetries()).isEqualTo(3);
        assertThat(timers.get(0).getDuedate()).isEqualTo(at(NEXT_RUN.plusMinutes(5)));
        assertThat(timers.get(1).getDuedate()).isEqualTo(at(NEXT_RUN.plusDays(1)));

        fails = false;
        ClockUtil.setCurrentTime(timers.get(0).getDuedate());
        execute(timers.get(0));
        assertThat(runs).isOne();
    }

    private static Job timer() {
        List<Job> timers = jobQuery().processDefinitionKey(KEY).timers().list();
        assertThat(timers).as("one start timer at a time").hasSize(1);
        return timers.get(0);
    }

    private static Date at(LocalDateTime local) {
        return Date.from(local.atZone(ZoneId.systemDefault()).toInstant());
    }
}
