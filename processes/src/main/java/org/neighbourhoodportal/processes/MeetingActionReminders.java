package org.neighbourhoodportal.processes;

import java.util.Set;

/**
 * Names in {@code processes/MeetingActionReminders.bpmn}: once a day a timer reminds the owners of open actions from
 * leadership group meetings that are due soon, and tells the owners of open actions that are overdue. Each action's
 * owner is reminded once before the due date and once when overdue; done actions get nothing. Safe to run twice.
 *
 * <p>No business key: each run is a new instance. Plain Java on purpose: portal code that uses these names needs no
 * engine classes.
 */
public final class MeetingActionReminders {

    public static final String KEY = "MeetingActionReminders";
    public static final String RESOURCE = "processes/MeetingActionReminders.bpmn";

    // Elements
    /** Timer start event; its cycle is {@code ${meetingActionReminderSchedule.cron}}, see {@link #SCHEDULE_BEAN}. */
    public static final String EVENT_DAY_STARTED = "Event_DayStarted";
    /** Sends the reminders and overdue notices due today. Runs in the timer's job. */
    public static final String TASK_REMIND_ACTION_OWNERS = "Task_RemindActionOwners";
    public static final String EVENT_OWNERS_REMINDED = "Event_OwnersReminded";

    /** The bean whose {@code cron} property is the timer's cycle, from the portal's configuration. */
    public static final String SCHEDULE_BEAN = "meetingActionReminderSchedule";

    /** The schedule when nobody configures one: 08:00 every day. */
    public static final String DEFAULT_CRON = "0 0 8 * * ?";

    /** How often and when a failed run is tried again: after 5 minutes, 30 minutes and 2 hours. */
    public static final String RETRY_CYCLE = "PT5M,PT30M,PT2H";

    // Delegate beans (bound by delegateExpression, one per service task)
    public static final String DELEGATE_REMIND_ACTION_OWNERS = "remindActionOwnersDelegate";

    public static final Set<String> DELEGATES = Set.of(DELEGATE_REMIND_ACTION_OWNERS);

    private MeetingActionReminders() {
    }
}
