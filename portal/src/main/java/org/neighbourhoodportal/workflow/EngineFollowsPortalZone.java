package org.neighbourhoodportal.workflow;

import java.time.Clock;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Makes the engine keep time in the portal's zone ({@code portal.time-zone}) instead of the machine's.
 *
 * <p>Camunda 7 works out three things in the JVM's default zone: a timer cycle's cron ({@code CronTimer} calls
 * {@code ZoneId.systemDefault()}), an ISO duration's days ({@code DurationHelper} adds to a default-zone
 * {@code Calendar}), and the history clean-up window ("01:00" read as a default-zone time of day). Setting the JVM's
 * default zone would fix all three, but only where whoever starts the JVM remembers to, and it changes the zone of
 * every library in the process behind the portal's back. Instead the engine is given its own calendars and its own
 * clean-up window in the configured zone, through the hooks it offers for exactly this
 * ({@code businessCalendarManager}, {@code batchWindowManager}); a server left on UTC then starts the monthly reports
 * at 07:00 London time all year, and clean-up runs 01:00–05:00 London time. The Docker image also sets the JVM's zone
 * to Europe/London, so that the engine's own logs and anything else it reads from the default agree.
 */
@Component
class EngineFollowsPortalZone extends AbstractProcessEnginePlugin {

    private final ZoneId zone;

    EngineFollowsPortalZone(Clock clock) {
        this.zone = clock.getZone();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new ZonedDurationCalendar(zone));
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new ZonedCycleCalendar(zone));
        configuration.setBusinessCalendarManager(calendars);
        configuration.setBatchWindowManager(new ZonedBatchWindows(zone));
    }
}
