package org.neighbourhoodportal.reporting;

import org.neighbourhoodportal.processes.MonthlyHighlightReport;
import org.neighbourhoodportal.workflow.RecordTasks;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/** The tasks of a month's highlight report, for the feature's views (see {@link RecordTasks}). */
@Component
public class ReportTasks extends RecordTasks {

    ReportTasks(WorkflowService workflow) {
        super(workflow, MonthlyHighlightReport.KEY);
    }

    /** Whether the task asks a priority's owner for their monthly update (the rest are the report's own steps). */
    public boolean isPriorityUpdate(WorkItem task) {
        return isOf(task) && MonthlyHighlightReport.TASK_UPDATE_PRIORITY.equals(task.taskKey());
    }
}
