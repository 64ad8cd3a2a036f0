package org.neighbourhoodportal.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.time.TimeSettings;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The portal's clock, held at a moment a test chooses; the system clock until then. */
public class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    /** In the portal's zone ({@code portal.time-zone}), as the real clock is. */
    public MovableClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Holds the clock at this moment. */
    public void set(Instant moment) {
        now = moment;
    }

    /** The first working morning of a month, as the schedule would start it. */
    public void startOf(YearMonth month) {
        now = LocalDateTime.of(month.getYear(), month.getMonth(), 1, 7, 0).atZone(zone).toInstant();
    }

    public void reset() {
        now = null;
    }

    /**
     * A month of the demo plans' year (April to March) that no other test uses: the demo plans are for the plan year
     * of the real today, so the months move with it.
     */
    public static YearMonth demoPlanMonth(int monthsAfterApril) {
        return YearMonth.of(HighlightReportService.planYearOf(YearMonth.now(PortalTime.DEFAULT_ZONE)), 4).plusMonths(monthsAfterApril);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant held = now;
        return held == null ? Instant.now() : held;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MovableClock movableClock(TimeSettings time) {
            return new MovableClock(time.zone());
        }
    }
}
