package org.neighbourhoodportal.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.MonthlyHighlightReport;
import org.springframework.stereotype.Component;

/** Publishes the approved report to the INT's members and its ICB's managers. */
@Component(MonthlyHighlightReport.DELEGATE_PUBLISH_REPORT)
class PublishReportDelegate implements JavaDelegate {

    private final ReportSteps reports;

    PublishReportDelegate(ReportSteps reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.published((Long) execution.getVariable(MonthlyHighlightReport.VAR_REPORT_ID));
    }
}
