package org.neighbourhoodportal.workflow;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.scheduling.support.CronExpression;

/**
 * A timer cycle's cron read in the portal's zone: {@code 0 0 7 1W * ?} is 07:00 in London, BST or GMT, whatever the
 * machine's zone. The engine's own reads it in the JVM's default zone. Repeating ISO cycles ({@code R3/PT1H}) are
 * left to the engine. Spring's cron is the same six-field dialect the engine parses (Spring 5.3's, with {@code W},
 * {@code L} and {@code ?}), and the portal already validates {@code portal.reports.schedule} with it.
 */
class ZonedCycleCalendar extends CycleBusinessCalendar {

    private final ZoneId zone;

    ZonedCycleCalendar(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Date resolveDuedate(String cycle, Date startDate, long repeatOffset) {
        if (cycle.startsWith("R")) {
            return super.resolveDuedate(cycle, startDate, repeatOffset);
        }
        Date from = startDate == null ? ClockUtil.getCurrentTime() : startDate;
        try {
            ZonedDateTime next = CronExpression.parse(cycle.trim()).next(from.toInstant().atZone(zone));
            return next == null ? from : Date.from(next.toInstant());
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException("The timer cycle is not a cron expression of six fields: " + cycle, e);
        }
    }
}
