package org.neighbourhoodportal.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The few rules of time the whole portal shares, always in the zone of the portal's {@link Clock} bean (see
 * {@link TimeSettings}), never the machine's.
 *
 * <ul>
 *   <li>A date someone chooses (a closing date, a due date) means the end of that day where the portal is:
 *       29 March 2026 ends at 23:59:59 BST, which is 22:59:59 UTC.</li>
 *   <li>A deadline given in days ("within 5 days") lands at the same time of day on the later date, even when the
 *       clocks change in between; hours and minutes are exact.</li>
 * </ul>
 */
public final class PortalTime {

    public static final String DEFAULT_ZONE_ID = "Europe/London";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of(DEFAULT_ZONE_ID);

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private PortalTime() {
    }

    /** Today's date where the portal is. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    /** The last second of a chosen day in the given zone. */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.atTime(END_OF_DAY).atZone(zone).toInstant();
    }

    /** The last second of a chosen day where the portal's clock is. */
    public static Instant endOf(LocalDate day, Clock clock) {
        return endOf(day, clock.getZone());
    }

    /**
     * A moment plus a period: each whole 24 hours as a calendar day in the clock's zone (so "5 days", or 120 hours,
     * from 10:00 is 10:00 five days later, across a clock change too), the rest as exact time.
     */
    public static Instant after(Instant from, Duration period, Clock clock) {
        long days = period.toDays();
        Duration rest = period.minusDays(days);
        ZonedDateTime local = from.atZone(clock.getZone()).plusDays(days);
        return local.toInstant().plus(rest);
    }

    /** {@link #after} backwards: the same moment on the earlier calendar day, less the rest. */
    public static Instant before(Instant to, Duration period, Clock clock) {
        long days = period.toDays();
        Duration rest = period.minusDays(days);
        ZonedDateTime local = to.atZone(clock.getZone()).minusDays(days);
        return local.toInstant().minus(rest);
    }

    /**
     * A period as ISO-8601 with whole days kept as days ({@code P28D}, {@code P1DT6H}), for the engine's timers: its
     * own {@link Duration#toString()} would say {@code PT672H}, which the engine would count as exact hours and end an
     * hour off across a clock change.
     */
    public static String iso(Duration period) {
        long days = period.toDays();
        Duration rest = period.minusDays(days);
        if (days == 0) {
            return rest.toString();
        }
        return "P" + days + "D" + (rest.isZero() ? "" : rest.toString().substring(1));
    }
}
