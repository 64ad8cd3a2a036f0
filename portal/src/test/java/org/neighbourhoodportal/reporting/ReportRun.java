package org.neighbourhoodportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.neighbourhoodportal.directory.DemoDirectoryData;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.processes.MonthlyHighlightReport;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workflow.TaskOutcome;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.PriorityService;

/**
 * Walks a month's highlight report as the demo people would, through the services the views call. Public for the
 * access table ({@code ServiceAccessTests}), which needs a published report.
 */
public final class ReportRun {

    static final String HARBOROUGH = "Harborough INT";
    public static final String THURROCK = "Thurrock INT 4 – Stanford-le-Hope (SLH)";

    private final RunAs runAs;
    private final WorkflowService workflow;
    private final HighlightReportService reports;
    private final ReportStartService reportStarts;
    private final PriorityService priorityService;
    private final DirectoryService directory;
    private final RuntimeService runtime;
    private final ManagementService management;

    public ReportRun(RunAs runAs, WorkflowService workflow, HighlightReportService reports,
                     ReportStartService reportStarts, PriorityService priorityService,
              DirectoryService directory, RuntimeService runtime, ManagementService management) {
        this.runAs = runAs;
        this.workflow = workflow;
        this.reports = reports;
        this.reportStarts = reportStarts;
        this.priorityService = priorityService;
        this.directory = directory;
        this.runtime = runtime;
        this.management = management;
    }

    public long teamId(String name) {
        return runAs.person(DemoDirectoryData.ADMINISTRATOR, () -> directory.allTeams()).stream()
                .filter(t -> t.name().equals(name)).map(TeamSummary::id).findFirst().orElseThrow();
    }

    public long start(String lead, String team) {
        return runAs.person(lead, () -> reportStarts.startThisMonth(teamId(team)));
    }

    /** The person's open tasks on the report, of one kind. */
    List<WorkItem> tasks(String person, long reportId, String taskKey) {
        return runAs.person(person, () -> workflow.openWorkOn(MonthlyHighlightReport.KEY, Long.toString(reportId))
                .stream().filter(t -> t.taskKey().equals(taskKey)).toList());
    }

    WorkItem task(String person, long reportId, String taskKey) {
        List<WorkItem> found = tasks(person, reportId, taskKey);
        assertThat(found).as("%s's %s on report %s", person, taskKey, reportId).hasSize(1);
        return found.get(0);
    }

    public List<WorkItem> updates(String person, long reportId) {
        return tasks(person, reportId, MonthlyHighlightReport.TASK_UPDATE_PRIORITY);
    }

    /** The update task for one priority, found through the record the report keeps. */
    WorkItem updateFor(String person, long reportId, String priorityTitle) {
        return updates(person, reportId).stream()
                .filter(t -> runAs.person(person, () -> reports.updateRequest(t.id())).priorityTitle()
                        .equals(priorityTitle))
                .findFirst().orElseThrow(() -> new AssertionError(person + " has no update for " + priorityTitle));
    }

    TaskOutcome complete(String person, String taskId, Map<String, Object> values) {
        return runAs.person(person, () -> workflow.complete(taskId, values));
    }

    void completeOk(String person, String taskId, Map<String, Object> values) {
        TaskOutcome outcome = complete(person, taskId, values);
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.completed()).isTrue();
    }

    static Map<String, Object> update(String rag, String reason, String progress, String nextMonth) {
        Map<String, Object> values = new HashMap<>();
        values.put(MonthlyHighlightReport.VAR_RAG, rag);
        if (reason != null) {
            values.put(MonthlyHighlightReport.VAR_RAG_REASON, reason);
        }
        values.put(MonthlyHighlightReport.VAR_PROGRESS, progress);
        values.put(MonthlyHighlightReport.VAR_NEXT_MONTH, nextMonth);
        return values;
    }

    /** Every update the person was asked for on the report, all green. */
    public void updateAll(String person, long reportId) {
        for (WorkItem task : updates(person, reportId)) {
            completeOk(person, task.id(), update("green", null, "Work went to plan.", "More of the same."));
        }
    }

    Map<String, Object> prefill(String person, String taskId) {
        return runAs.person(person, () -> workflow.form(taskId).values());
    }

    /** The lead submits the compile form as it was pre-filled. */
    public void compileAsDrafted(String lead, long reportId) {
        WorkItem compile = task(lead, reportId, MonthlyHighlightReport.TASK_COMPILE_REPORT);
        completeOk(lead, compile.id(), prefill(lead, compile.id()));
    }

    public void approve(String lead, long reportId) {
        completeOk(lead, task(lead, reportId, MonthlyHighlightReport.TASK_APPROVE_REPORT).id(),
                Map.of(MonthlyHighlightReport.VAR_APPROVAL, MonthlyHighlightReport.APPROVAL_APPROVE));
    }

    ProcessInstance instance(long reportId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(MonthlyHighlightReport.KEY)
                .processInstanceBusinessKey(Long.toString(reportId)).singleResult();
    }

    /** Runs one of the report's timers now, as the job executor would when it is due. */
    void fire(long reportId, String timerId) {
        Job timer = management.createJobQuery().processInstanceId(instance(reportId).getId()).activityId(timerId)
                .singleResult();
        assertThat(timer).as("timer %s of report %s", timerId, reportId).isNotNull();
        management.executeJob(timer.getId());
    }

    List<PriorityRow> priorities(String person, String team) {
        return runAs.person(person, () -> priorityService.prioritiesOfTeam(teamId(team)));
    }

    long priorityId(String person, String team, String title) {
        return priorities(person, team).stream().filter(p -> p.title().equals(title)).map(PriorityRow::id)
                .findFirst().orElseThrow();
    }
}
