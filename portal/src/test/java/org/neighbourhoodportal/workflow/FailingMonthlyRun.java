package org.neighbourhoodportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.HARBOROUGH;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;
import static org.neighbourhoodportal.processes.MonthlyHighlightReportSchedule.*;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.neighbourhoodportal.directory.DemoDirectoryData;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.reporting.HighlightReportService;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workplan.WorkplanService;

/**
 * A monthly run in which one INT fails: the month is April of a plan year ahead, Harborough has a work plan for it
 * and Thurrock INT 4 has none, so Thurrock's job fails ("… has no work plan …") as an INT with bad data would. The
 * run starts at the per-INT step with the INTs given, as the find step would set them (that step reads the real
 * month, and is tested in the processes module and in HighlightReportTests). Each test class uses a year of its
 * own, so fixing Thurrock in one leaves the other's failure in place.
 */
final class FailingMonthlyRun {

    private final RunAs runAs;
    private final WorkplanService workplan;
    private final DirectoryService directory;
    private final HighlightReportService reports;
    private final RuntimeService runtime;
    private final ManagementService management;
    final YearMonth month;
    final long harborough;
    final long thurrock;
    String processInstanceId;

    FailingMonthlyRun(int yearsAhead, RunAs runAs, WorkplanService workplan, DirectoryService directory,
                      HighlightReportService reports, RuntimeService runtime, ManagementService management) {
        this.runAs = runAs;
        this.workplan = workplan;
        this.directory = directory;
        this.reports = reports;
        this.runtime = runtime;
        this.management = management;
        int planYear = runAs.person(LEAD, () -> workplan.currentPlanYear()) + yearsAhead;
        this.month = YearMonth.of(planYear, 4);
        this.harborough = teamId(HARBOROUGH);
        this.thurrock = teamId(org.neighbourhoodportal.reporting.ReportRun.THURROCK);
    }

    /** Starts the run and lets the job executor's four tries at Thurrock fail; Harborough's job succeeds. */
    String startAndFailThurrock() {
        if (!hasPlan(LEAD, harborough)) {
            runAs.person(LEAD, () -> workplan.createPlan(harborough, month.getYear()));
        }
        processInstanceId = runtime.createProcessInstanceByKey(KEY)
                .startBeforeActivity(TASK_START_TEAM_REPORT + "#multiInstanceBody")
                .setVariable(VAR_TEAM_IDS, new ArrayList<>(List.of(thurrock, harborough)))
                .setVariable(VAR_MONTH, month.toString())
                .execute().getId();
        List<Job> jobs = jobs();
        assertThat(jobs).as("one job per INT").hasSize(2);
        jobs.forEach(FailingMonthlyRun.this::runAsTheExecutorWould);
        Job failed = single();
        for (int attempt = 0; attempt < 3; attempt++) {
            runAsTheExecutorWould(failed);
        }
        assertThat(single().getRetries()).as("no tries left").isZero();
        return failed.getId();
    }

    /** Thurrock's lead starts the plan for the year: the cause of the failure is fixed. */
    void fixThurrock() {
        runAs.person(THURROCK_LEAD, () -> workplan.createPlan(thurrock, month.getYear()));
    }

    /** The run's jobs still there (the failed ones). */
    List<Job> jobs() {
        return management.createJobQuery().processInstanceId(processInstanceId).list();
    }

    Job single() {
        List<Job> jobs = jobs();
        assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }

    /** Runs a job as the job executor does when it is due: a failure is recorded on the job. */
    void runAsTheExecutorWould(Job job) {
        try {
            management.executeJob(job.getId());
        } catch (RuntimeException recordedOnTheJob) {
            // the engine kept the error and took one try off the job
        }
    }

    boolean hasReport(String lead, long teamId) {
        return runAs.person(lead, () -> reports.list(0, 500)).stream()
                .anyMatch(r -> r.teamId() == teamId && r.period().equals(month));
    }

    boolean isRunning() {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }

    private boolean hasPlan(String lead, long teamId) {
        return runAs.person(lead, () -> workplan.plans()).stream()
                .anyMatch(p -> p.teamId() == teamId && p.year() == month.getYear());
    }

    private long teamId(String name) {
        return runAs.person(DemoDirectoryData.ADMINISTRATOR, () -> directory.allTeams()).stream()
                .filter(t -> t.name().equals(name)).map(TeamSummary::id).findFirst().orElseThrow();
    }
}
