package org.neighbourhoodportal.reporting;

import java.time.Duration;
import org.neighbourhoodportal.processes.MonthlyHighlightReportSchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * When the monthly highlight reports start and how long owners have to update their priorities. Every value has a
 * default, so an installation need not configure anything.
 *
 * @param schedule     when the month's reports start: a cron expression of six fields (seconds first), read by the
 *                     engine's Quartz-style cron; {@code W} means the nearest weekday, so the default
 *                     {@code 0 0 7 1W * ?} is 07:00 on the first weekday of the month
 * @param updateWithin how long owners have to update their priorities once a report starts
 * @param remindBefore how long before that deadline the owners who have not updated are reminded
 */
@ConfigurationProperties("portal.reports")
public record ReportingSettings(
        @DefaultValue(MonthlyHighlightReportSchedule.DEFAULT_CRON) String schedule,
        @DefaultValue("P7D") Duration updateWithin,
        @DefaultValue("P2D") Duration remindBefore) {

    public ReportingSettings {
        if (schedule == null || schedule.isBlank()) {
            schedule = MonthlyHighlightReportSchedule.DEFAULT_CRON;
        }
        schedule = schedule.trim();
        if (!CronExpression.isValidExpression(schedule)) {
            throw new IllegalArgumentException("portal.reports.schedule is not a cron expression of six fields: "
                    + schedule);
        }
        if (updateWithin == null || updateWithin.isNegative() || updateWithin.isZero()) {
            throw new IllegalArgumentException("portal.reports.update-within must be a positive duration");
        }
        if (remindBefore == null || remindBefore.isNegative() || remindBefore.compareTo(updateWithin) >= 0) {
            throw new IllegalArgumentException(
                    "portal.reports.remind-before must be a duration shorter than portal.reports.update-within");
        }
    }
}
