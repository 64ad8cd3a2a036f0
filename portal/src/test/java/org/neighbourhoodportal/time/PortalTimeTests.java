package org.neighbourhoodportal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.ui.Formats;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The portal's rules of time around the clock changes, with the JVM's own zone somewhere else. */
class PortalTimeTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static TimeZone jvmZone;

    private final Clock clock = Clock.fixed(Instant.parse("2026-07-01T12:00:00Z"), LONDON);

    @BeforeAll
    static void putTheJvmInUtc() {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterAll
    static void restoreTheJvmZone() {
        TimeZone.setDefault(jvmZone);
    }

    @Test
    void a_closing_date_of_29_march_2026_ends_at_23_59_59_bst_which_is_22_59_59_utc() {
        assertThat(PortalTime.endOf(LocalDate.of(2026, 3, 29), clock)).isEqualTo(Instant.parse("2026-03-29T22:59:59Z"));
        assertThat(PortalTime.endOf(LocalDate.of(2026, 3, 28), clock)).isEqualTo(Instant.parse("2026-03-28T23:59:59Z"));
    }

    @Test
    void a_closing_date_of_25_october_2026_ends_at_23_59_59_gmt() {
        assertThat(PortalTime.endOf(LocalDate.of(2026, 10, 25), clock)).isEqualTo(Instant.parse("2026-10-25T23:59:59Z"));
        assertThat(PortalTime.endOf(LocalDate.of(2026, 10, 24), clock)).isEqualTo(Instant.parse("2026-10-24T22:59:59Z"));
    }

    @Test
    void an_event_at_09_15_utc_in_july_shows_as_10_15() {
        Formats.useZone(LONDON);
        assertThat(Formats.dayTime(Instant.parse("2026-07-15T09:15:00Z"))).isEqualTo("15 Jul 2026, 10:15");
        assertThat(Formats.dayTime(Instant.parse("2026-01-15T09:15:00Z"))).isEqualTo("15 Jan 2026, 09:15");
        // just after midnight in London is still the day before in UTC
        assertThat(Formats.day(Instant.parse("2026-07-14T23:30:00Z"))).isEqualTo("15 Jul 2026");
    }

    @Test
    void days_are_calendar_days_across_the_clock_changes_and_hours_are_exact() {
        Instant tenBst = Instant.parse("2026-10-22T09:00:00Z");
        assertThat(PortalTime.after(tenBst, Duration.ofDays(5), clock)).isEqualTo(Instant.parse("2026-10-27T10:00:00Z"));
        Instant tenGmt = Instant.parse("2026-03-27T10:00:00Z");
        assertThat(PortalTime.after(tenGmt, Duration.ofDays(7), clock)).isEqualTo(Instant.parse("2026-04-03T09:00:00Z"));
        // a day and six hours from 10:00 BST on the Saturday: 10:00 GMT on the Sunday, then six exact hours
        assertThat(PortalTime.after(Instant.parse("2026-10-24T09:00:00Z"), Duration.ofHours(30), clock))
                .isEqualTo(Instant.parse("2026-10-25T16:00:00Z"));
        assertThat(PortalTime.before(Instant.parse("2026-10-27T10:00:00Z"), Duration.ofDays(2), clock))
                .isEqualTo(Instant.parse("2026-10-25T10:00:00Z"));
    }

    @Test
    void today_is_londons_date() {
        Clock justAfterMidnightInLondon = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), LONDON);
        assertThat(PortalTime.today(justAfterMidnightInLondon)).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void periods_for_the_engine_keep_their_days() {
        assertThat(PortalTime.iso(Duration.ofDays(28))).isEqualTo("P28D");
        assertThat(PortalTime.iso(Duration.ofDays(1).plusHours(6))).isEqualTo("P1DT6H");
        assertThat(PortalTime.iso(Duration.ofHours(6))).isEqualTo("PT6H");
    }

    @Test
    void the_zone_defaults_to_london_and_an_installation_may_set_another_but_not_a_wrong_one() {
        assertThat(bind(Map.of()).zone()).isEqualTo(LONDON);
        assertThat(bind(Map.of("portal.time-zone", "Europe/Dublin")).zone()).isEqualTo(ZoneId.of("Europe/Dublin"));
        assertThatThrownBy(() -> new TimeSettings("London")).hasMessageContaining("portal.time-zone");
    }

    private static TimeSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("portal", TimeSettings.class);
    }
}
