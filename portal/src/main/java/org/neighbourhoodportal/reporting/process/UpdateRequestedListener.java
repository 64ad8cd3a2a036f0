package org.neighbourhoodportal.reporting.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.neighbourhoodportal.processes.MonthlyHighlightReport;
import org.neighbourhoodportal.reporting.HighlightReportService;
import org.springframework.stereotype.Component;

/**
 * An owner's update task was created: the report remembers which task asks about which priority, so the owner's
 * form, the record shown beside it and the completion all find the priority without reading engine variables. The
 * task's name gets the priority's title, so someone who owns several priorities can tell their tasks apart in the
 * inbox.
 */
@Component(MonthlyHighlightReport.LISTENER_UPDATE_REQUESTED)
class UpdateRequestedListener implements TaskListener {

    private final ReportSteps reports;

    UpdateRequestedListener(ReportSteps reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<?, ?> request = (Map<?, ?>) task.getVariable(MonthlyHighlightReport.VAR_UPDATE_REQUEST);
        String priority = reports.updateRequested((Long) task.getVariable(MonthlyHighlightReport.VAR_REPORT_ID),
                Long.parseLong((String) request.get(MonthlyHighlightReport.REQUEST_PRIORITY_ID)), task.getId());
        task.setName(HighlightReportService.updateTaskName(task.getName(), priority));
    }
}
