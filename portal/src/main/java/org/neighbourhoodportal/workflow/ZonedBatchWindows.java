package org.neighbourhoodportal.workflow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.BatchWindowConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindowManager;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.DefaultBatchWindowManager;

/**
 * The history clean-up window ({@code history-cleanup-batch-window-start-time: "01:00"}, end "05:00", and the
 * per-weekday variants) as times of day in the portal's zone. Same rules as the engine's own
 * {@link DefaultBatchWindowManager}, which reads them in the JVM's default zone: a window whose end is before its
 * start ends the next day; the window that started yesterday counts while it lasts.
 */
class ZonedBatchWindows implements BatchWindowManager {

    private static final int DAYS_TO_LOOK_AHEAD = 7;

    private final ZoneId zone;
    private final DefaultBatchWindowManager engineDefault = new DefaultBatchWindowManager();

    ZonedBatchWindows(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public BatchWindow getCurrentOrNextBatchWindow(Date date, ProcessEngineConfigurationImpl configuration) {
        LocalDate day = date.toInstant().atZone(zone).toLocalDate();
        BatchWindow previous = window(day.minusDays(1), configuration);
        if (previous != null && previous.isWithin(date)) {
            return previous;
        }
        BatchWindow today = window(day, configuration);
        if (today != null && (today.isWithin(date) || date.before(today.getStart()))) {
            return today;
        }
        return firstFrom(day.plusDays(1), configuration);
    }

    @Override
    public BatchWindow getNextBatchWindow(Date date, ProcessEngineConfigurationImpl configuration) {
        LocalDate day = date.toInstant().atZone(zone).toLocalDate();
        BatchWindow today = window(day, configuration);
        if (today != null && date.before(today.getStart())) {
            return today;
        }
        return firstFrom(day.plusDays(1), configuration);
    }

    @Override
    public boolean isBatchWindowConfigured(ProcessEngineConfigurationImpl configuration) {
        return engineDefault.isBatchWindowConfigured(configuration);
    }

    private BatchWindow firstFrom(LocalDate day, ProcessEngineConfigurationImpl configuration) {
        for (int i = 0; i < DAYS_TO_LOOK_AHEAD; i++) {
            BatchWindow window = window(day.plusDays(i), configuration);
            if (window != null) {
                return window;
            }
        }
        return null;
    }

    /** The window that starts on this day, or null when that weekday has none. */
    BatchWindow window(LocalDate day, ProcessEngineConfigurationImpl configuration) {
        String start = configuration.getHistoryCleanupBatchWindowStartTime();
        String end = configuration.getHistoryCleanupBatchWindowEndTime();
        Map<Integer, BatchWindowConfiguration> weekdays = configuration.getHistoryCleanupBatchWindows();
        BatchWindowConfiguration ofWeekday = weekdays == null ? null : weekdays.get(calendarDay(day.getDayOfWeek()));
        if (ofWeekday != null) {
            start = ofWeekday.getStartTime();
            end = ofWeekday.getEndTime();
        }
        if (start == null || end == null) {
            return null;
        }
        ZonedDateTime from = day.atTime(timeOfDay(start)).atZone(zone);
        ZonedDateTime to = day.atTime(timeOfDay(end)).atZone(zone);
        if (from.isAfter(to)) {
            to = day.plusDays(1).atTime(timeOfDay(end)).atZone(zone);
        }
        return new BatchWindow(Date.from(from.toInstant()), Date.from(to.toInstant()));
    }

    /** "01:00"; an offset the engine would accept after it ("01:00+0100") is ignored: the portal's zone decides. */
    private static LocalTime timeOfDay(String text) {
        return LocalTime.parse(text.trim().substring(0, 5));
    }

    private static int calendarDay(DayOfWeek day) {
        return day == DayOfWeek.SUNDAY ? Calendar.SUNDAY : day.getValue() + 1;
    }
}
