package org.neighbourhoodportal.governance.process;

import org.neighbourhoodportal.processes.MeetingActionReminders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The daily action reminders' timer reads its cycle from here ({@code ${meetingActionReminderSchedule.cron}}), so an
 * installation sets {@code portal.governance.action-reminders.schedule} instead of editing the model. Public, with a
 * getter, because the engine's expression language reads it as a bean property.
 */
@Component(MeetingActionReminders.SCHEDULE_BEAN)
public class ActionReminderSchedule {

    private final String cron;

    ActionReminderSchedule(@Value("${portal.governance.action-reminders.schedule:}") String cron) {
        String chosen = cron == null || cron.isBlank() ? MeetingActionReminders.DEFAULT_CRON : cron.trim();
        if (!CronExpression.isValidExpression(chosen)) {
            throw new IllegalArgumentException("portal.governance.action-reminders.schedule is not a cron expression "
                    + "of six fields: " + chosen);
        }
        this.cron = chosen;
    }

    /** A Quartz-style cron expression, e.g. {@code 0 0 8 * * ?}. */
    public String getCron() {
        return cron;
    }
}
