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

    /** The one month of the plan year that only Thurrock's tests use, so Harborough's reports never meet there. */
    static final int THURROCK_ONLY = 7;

    /**
     * A month of the demo plans' year (April to March) that no other test uses for the same INT: the demo plans are
     * for the plan year of the real today, so the months move with it. The demo starts Harborough's report for the
     * real month at start-up, so that month is never free for a Harborough test: the test whose month it would be
     * gets the month only Thurrock's tests use instead (found on 1 December, when month 8 was the real one).
     */
    public static YearMonth demoPlanMonth(int monthsAfterApril) {
        YearMonth today = YearMonth.now(PortalTime.DEFAULT_ZONE);
        YearMonth april = YearMonth.of(HighlightReportService.planYearOf(today), 4);
        YearMonth month = april.plusMonths(monthsAfterApril);
        return month.equals(today) && monthsAfterApril != THURROCK_ONLY ? april.plusMonths(THURROCK_ONLY) : month;
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
