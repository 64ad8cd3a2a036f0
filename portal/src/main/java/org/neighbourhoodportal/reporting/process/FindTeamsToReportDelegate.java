package org.neighbourhoodportal.reporting.process;

import static org.neighbourhoodportal.processes.MonthlyHighlightReportSchedule.*;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.reporting.ReportStartService;
import org.springframework.stereotype.Component;

/**
 * The month has started: lists the INTs due a report and fixes the month, so each INT's job (which may be tried again
 * hours later) starts this month's report. Starts nothing itself.
 */
@Component(DELEGATE_FIND_TEAMS_TO_REPORT)
class FindTeamsToReportDelegate implements JavaDelegate {

    private final ReportStartService reports;
    private final Clock clock;

    FindTeamsToReportDelegate(ReportStartService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        YearMonth month = YearMonth.now(clock);
        execution.setVariable(VAR_MONTH, month.toString());
        execution.setVariable(VAR_TEAM_IDS, new ArrayList<>(reports.teamsDueAScheduledReport(month)));
    }
}
