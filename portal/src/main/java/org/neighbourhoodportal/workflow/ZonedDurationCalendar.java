package org.neighbourhoodportal.workflow;

import java.time.ZoneId;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * An ISO duration ({@code P28D}, {@code P1DT6H}) added in the portal's zone: days are calendar days, so 28 days from
 * 10:00 is 10:00 four weeks later even across a clock change; hours and smaller are exact. Repeating and dated forms
 * ({@code R/…}, {@code 2026-01-01T00:00/P1D}) are left to the engine.
 */
class ZonedDurationCalendar extends DurationBusinessCalendar {

    private final ZoneId zone;
    private final DatatypeFactory durations;

    ZonedDurationCalendar(ZoneId zone) {
        this.zone = zone;
        try {
            this.durations = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("No XML datatype factory for ISO durations", e);
        }
    }

    @Override
    public Date resolveDuedate(String duration, Task task) {
        return resolveDuedate(duration, (Date) null);
    }

    @Override
    public Date resolveDuedate(String duration) {
        return resolveDuedate(duration, (Date) null);
    }

    @Override
    public Date resolveDuedate(String duration, Date startDate) {
        String text = duration == null ? "" : duration.trim();
        if (!text.startsWith("P")) {
            return super.resolveDuedate(duration, startDate);
        }
        Date from = startDate == null ? ClockUtil.getCurrentTime() : startDate;
        try {
            GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(zone), Locale.UK);
            calendar.setTime(from);
            durations.newDuration(text).addTo(calendar);
            return calendar.getTime();
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException("Not an ISO-8601 duration: " + duration, e);
        }
    }
}
