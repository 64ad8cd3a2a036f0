package org.neighbourhoodportal.reporting.process;

import static org.neighbourhoodportal.processes.MonthlyHighlightReportSchedule.*;

import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.reporting.ReportStartService;
import org.springframework.stereotype.Component;

/** One INT's job of the monthly run: starts its report for the run's month, unless it has one. Safe to run twice. */
@Component(DELEGATE_START_TEAM_REPORT)
class StartTeamReportDelegate implements JavaDelegate {

    private final ReportStartService reports;

    StartTeamReportDelegate(ReportStartService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long teamId = ((Number) execution.getVariable(VAR_TEAM_ID)).longValue();
        reports.startScheduledReport(teamId, YearMonth.parse((String) execution.getVariable(VAR_MONTH)));
    }
}
