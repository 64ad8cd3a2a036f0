package org.neighbourhoodportal.processes;

import java.util.Set;

/**
 * Names in {@code processes/MonthlyHighlightReportSchedule.bpmn}: once a month a timer starts one
 * {@link MonthlyHighlightReport} for every INT with a work plan covering that month. Starting them is safe to run
 * twice: an INT that already has the month's report does not get a second one.
 *
 * <p>No business key: each run is a new instance. Plain Java on purpose: portal code that uses these names needs no
 * engine classes.
 */
public final class MonthlyHighlightReportSchedule {

    public static final String KEY = "MonthlyHighlightReportSchedule";
    public static final String RESOURCE = "processes/MonthlyHighlightReportSchedule.bpmn";

    // Elements
    /** Timer start event; its cycle is {@code ${highlightReportSchedule.cron}}, see {@link #SCHEDULE_BEAN}. */
    public static final String EVENT_MONTH_STARTED = "Event_MonthStarted";
    public static final String TASK_START_MONTHLY_REPORTS = "Task_StartMonthlyReports";
    public static final String EVENT_REPORTS_STARTED = "Event_ReportsStarted";

    /**
     * The bean whose {@code cron} property is the timer's cycle: a Quartz-style cron expression read from the
     * portal's configuration, e.g. {@code 0 0 7 1W * ?} (07:00 on the first weekday of each month).
     */
    public static final String SCHEDULE_BEAN = "highlightReportSchedule";

    /** The schedule when nobody configures one: 07:00 on the first weekday (Monday to Friday) of every month. */
    public static final String DEFAULT_CRON = "0 0 7 1W * ?";

    // Delegate beans (bound by delegateExpression, one per service task)
    public static final String DELEGATE_START_MONTHLY_REPORTS = "startMonthlyReportsDelegate";

    public static final Set<String> DELEGATES = Set.of(DELEGATE_START_MONTHLY_REPORTS);

    private MonthlyHighlightReportSchedule() {
    }
}
