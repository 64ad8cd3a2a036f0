package org.neighbourhoodportal.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.MonthlyHighlightReport;
import org.springframework.stereotype.Component;

/** Every owner has updated, or the deadline has passed: records who did not, and the report moves to compiling. */
@Component(MonthlyHighlightReport.DELEGATE_CLOSE_UPDATES)
class CloseUpdatesDelegate implements JavaDelegate {

    private final ReportSteps reports;

    CloseUpdatesDelegate(ReportSteps reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.updatesClosed((Long) execution.getVariable(MonthlyHighlightReport.VAR_REPORT_ID));
    }
}
