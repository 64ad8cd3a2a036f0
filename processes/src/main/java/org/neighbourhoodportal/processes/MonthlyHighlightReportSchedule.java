package org.neighbourhoodportal.processes;

import java.util.Set;

/**
 * Names in {@code processes/MonthlyHighlightReportSchedule.bpmn}: once a month a timer finds every INT with a work
 * plan covering that month and no report for it yet, then starts one {@link MonthlyHighlightReport} per INT, each in
 * a job of its own (one INT's failure stops no other). Starting them is safe to run twice: an INT that already has
 * the month's report does not get a second one.
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
    /** Sets {@link #VAR_TEAM_IDS} and {@link #VAR_MONTH}. Runs in the timer's job. */
    public static final String TASK_FIND_TEAMS_TO_REPORT = "Task_FindTeamsToReport";
    /** Multi-instance over {@link #VAR_TEAM_IDS}, asynchronous before each instance: one job per INT. */
    public static final String TASK_START_TEAM_REPORT = "Task_StartTeamReport";
    public static final String EVENT_REPORTS_STARTED = "Event_ReportsStarted";

    /**
     * The bean whose {@code cron} property is the timer's cycle: a Quartz-style cron expression read from the
     * portal's configuration, e.g. {@code 0 0 7 1W * ?} (07:00 on the first weekday of each month).
     */
    public static final String SCHEDULE_BEAN = "highlightReportSchedule";

    /** The schedule when nobody configures one: 07:00 on the first weekday (Monday to Friday) of every month. */
    public static final String DEFAULT_CRON = "0 0 7 1W * ?";

    /**
     * How often and when a failed job of this schedule is tried again (the timer's and each INT's): three more tries,
     * after 5 minutes, 30 minutes and 2 hours. Then it waits for an administrator ("Work that failed").
     */
    public static final String RETRY_CYCLE = "PT5M,PT30M,PT2H";

    // Variables
    /** The ids ({@code Long}) of the INTs whose report this run starts. */
    public static final String VAR_TEAM_IDS = "teamIds";
    /** One INT's id ({@code Long}), local to its instance of {@link #TASK_START_TEAM_REPORT}. */
    public static final String VAR_TEAM_ID = "teamId";
    /** The month the run is for, e.g. {@code 2026-08}: a job tried again next month still starts this month's. */
    public static final String VAR_MONTH = "month";

    // Delegate beans (bound by delegateExpression, one per service task)
    public static final String DELEGATE_FIND_TEAMS_TO_REPORT = "findTeamsToReportDelegate";
    public static final String DELEGATE_START_TEAM_REPORT = "startTeamReportDelegate";

    public static final Set<String> DELEGATES = Set.of(DELEGATE_FIND_TEAMS_TO_REPORT, DELEGATE_START_TEAM_REPORT);

    private MonthlyHighlightReportSchedule() {
    }
}
