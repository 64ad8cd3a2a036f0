package org.neighbourhoodportal.reporting.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.MonthlyHighlightReport;
import org.springframework.stereotype.Component;

/**
 * The deadline for updates is near: records the reminder on the report and raises the owners' open update tasks so
 * they top their inboxes. The tasks stay open. Safe to run twice.
 */
@Component(MonthlyHighlightReport.DELEGATE_REMIND_OWNERS)
class RemindOwnersDelegate implements JavaDelegate {

    static final int REMINDED_PRIORITY = 75;

    private final ReportSteps reports;

    RemindOwnersDelegate(ReportSteps reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.remindersSent((Long) execution.getVariable(MonthlyHighlightReport.VAR_REPORT_ID));
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(MonthlyHighlightReport.TASK_UPDATE_PRIORITY).list()
                .forEach(task -> tasks.setPriority(task.getId(), REMINDED_PRIORITY));
    }
}
