package org.neighbourhoodportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.reporting.HighlightReportService;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Failed background work as administrators see and handle it, on the monthly run where one INT fails. The context is
 * shared with {@code FailedWorkViewTests} only (they add plans for years ahead).
 */
@PortalTest
@TestPropertySource(properties = "portal.test.context=failed-work")
class FailedWorkTests {

    @Autowired RunAs runAs;
    @Autowired WorkplanService workplan;
    @Autowired DirectoryService directory;
    @Autowired HighlightReportService reports;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired FailedWorkService failedWork;
    @Autowired ProcessEngine processEngine;

    @Test
    void one_ints_failure_stops_no_others_report_and_after_the_cause_is_fixed_retry_makes_it_run() {
        FailingMonthlyRun run = run(1);
        String failedJob = run.startAndFailThurrock();

        assertThat(run.hasReport(LEAD, run.harborough)).as("Harborough's report started").isTrue();
        assertThat(run.hasReport(THURROCK_LEAD, run.thurrock)).isFalse();
        FailedWork failed = listed(failedJob);
        assertThat(failed.what()).isEqualTo("Start the INT's report");
        assertThat(failed.process()).isEqualTo("Monthly highlight report schedule");
        assertThat(failed.forRecord()).isEqualTo(org.neighbourhoodportal.reporting.ReportRun.THURROCK);
        assertThat(failed.error()).contains("has no work plan for " + run.month.getYear());
        assertThat(failed.failedAt()).isNotNull();
        assertThat(failed.attemptsLeft()).isZero();
        assertThat(failed.waitsForSomeone()).isTrue();
        assertThat(runAs.person(ADMINISTRATOR, () -> failedWork.countWaiting())).isPositive();

        run.fixThurrock();
        runAs.person(ADMINISTRATOR, () -> failedWork.retry(failedJob));
        Job retried = run.single();
        assertThat(retried.getRetries()).as("one more try").isEqualTo(1);
        assertThat(runtime.createIncidentQuery().processInstanceId(run.processInstanceId).count())
                .as("the incident is resolved").isZero();
        run.runAsTheExecutorWould(retried);

        assertThat(run.hasReport(THURROCK_LEAD, run.thurrock)).as("Thurrock's report started").isTrue();
        assertThat(run.jobs()).isEmpty();
        assertThat(run.isRunning()).as("the run ended with every INT's report started").isFalse();
        assertThat(runAs.person(ADMINISTRATOR, () -> failedWork.failedWork())).extracting(FailedWork::id)
                .doesNotContain(failedJob);
    }

    @Test
    void cancelling_the_failed_ints_job_ends_the_run_without_its_report() {
        FailingMonthlyRun run = run(3);
        String failedJob = run.startAndFailThurrock();

        runAs.person(ADMINISTRATOR, () -> failedWork.cancel(failedJob));

        assertThat(run.jobs()).isEmpty();
        assertThat(run.isRunning()).isFalse();
        assertThat(run.hasReport(THURROCK_LEAD, run.thurrock)).isFalse();
        assertThat(runAs.person(ADMINISTRATOR, () -> failedWork.failedWork())).extracting(FailedWork::id)
                .doesNotContain(failedJob);
        assertThatThrownBy(() -> runAs.person(ADMINISTRATOR, () -> failedWork.retry(failedJob)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no longer waiting");
    }

    @Test
    void every_job_the_engine_runs_is_tried_again_after_5_minutes_30_minutes_and_2_hours() {
        assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getFailedJobRetryTimeCycle()).isEqualTo("PT5M,PT30M,PT2H");
    }

    @Test
    void only_administrators_see_or_handle_failed_work() {
        for (String person : List.of(LEAD, THURROCK_LEAD)) {
            assertThatThrownBy(() -> runAs.person(person, () -> failedWork.failedWork()))
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> runAs.person(person, () -> failedWork.retry("1")))
                    .isInstanceOf(NotAllowedException.class);
        }
    }

    private FailingMonthlyRun run(int yearsAhead) {
        return new FailingMonthlyRun(yearsAhead, runAs, workplan, directory, reports, runtime, management);
    }

    private FailedWork listed(String jobId) {
        return runAs.person(ADMINISTRATOR, () -> failedWork.failedWork()).stream()
                .filter(w -> w.id().equals(jobId)).findFirst()
                .orElseThrow(() -> new AssertionError("Failed job " + jobId + " is not listed"));
    }
}
