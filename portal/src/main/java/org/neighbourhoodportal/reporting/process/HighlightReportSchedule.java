package org.neighbourhoodportal.reporting.process;

import org.neighbourhoodportal.processes.MonthlyHighlightReportSchedule;
import org.neighbourhoodportal.reporting.ReportingSettings;
import org.springframework.stereotype.Component;

/**
 * The monthly schedule's timer reads its cycle from here ({@code ${highlightReportSchedule.cron}}), so an
 * installation sets {@code portal.reports.schedule} instead of editing the model. Public, with a getter, because the
 * engine's expression language reads it as a bean property.
 */
@Component(MonthlyHighlightReportSchedule.SCHEDULE_BEAN)
public class HighlightReportSchedule {

    private final ReportingSettings settings;

    HighlightReportSchedule(ReportingSettings settings) {
        this.settings = settings;
    }

    /** A Quartz-style cron expression, e.g. {@code 0 0 7 1W * ?}. */
    public String getCron() {
        return settings.schedule();
    }
}
