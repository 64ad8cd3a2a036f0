package org.neighbourhoodportal.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.MonthlyHighlightReportSchedule;
import org.neighbourhoodportal.reporting.HighlightReportService;
import org.springframework.stereotype.Component;

/** The month has started: one report for every INT with a work plan covering it, unless it has one already. */
@Component(MonthlyHighlightReportSchedule.DELEGATE_START_MONTHLY_REPORTS)
class StartMonthlyReportsDelegate implements JavaDelegate {

    private final HighlightReportService reports;

    StartMonthlyReportsDelegate(HighlightReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.startScheduledReports();
    }
}
