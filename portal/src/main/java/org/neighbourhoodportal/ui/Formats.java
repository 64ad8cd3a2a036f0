package org.neighbourhoodportal.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.neighbourhoodportal.time.PortalTime;

/**
 * Dates as people in England write them: "22 Nov 2026", "22 Nov 2026, 14:05", always in the portal's zone
 * ({@code portal.time-zone}, Europe/London unless configured), never the server's.
 *
 * <p>Static because cards and grids all over the views call it; the zone is the portal clock's, set once when that
 * clock is made.
 */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private static volatile ZoneId zone = PortalTime.DEFAULT_ZONE;

    private Formats() {
    }

    /** Called once with the portal clock's zone. */
    public static void useZone(ZoneId portalZone) {
        zone = Objects.requireNonNull(portalZone);
    }

    public static ZoneId zone() {
        return zone;
    }

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(zone));
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String dayTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(zone));
    }
}
