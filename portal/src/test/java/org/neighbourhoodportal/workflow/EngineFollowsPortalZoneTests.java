package org.neighbourhoodportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's cron, durations and history clean-up window in London time, with the JVM's zone set to New York so
 * that the engine's own versions would be five hours out.
 */
class EngineFollowsPortalZoneTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static TimeZone jvmZone;

    @BeforeAll
    static void putTheJvmInNewYork() {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    }

    @AfterAll
    static void restoreTheJvmZone() {
        TimeZone.setDefault(jvmZone);
    }

    @Test
    void the_monthly_schedule_falls_at_seven_in_london_in_summer_and_in_winter() {
        ZonedCycleCalendar cycle = new ZonedCycleCalendar(LONDON);

        // 1 April 2026 is a Wednesday, in BST
        assertThat(cycle.resolveDuedate("0 0 7 1W * ?", at("2026-03-20T12:00:00Z")))
                .isEqualTo(at("2026-04-01T06:00:00Z"));
        // 1 November 2026 is a Sunday: the nearest weekday is Monday 2 November, in GMT
        assertThat(cycle.resolveDuedate("0 0 7 1W * ?", at("2026-10-20T12:00:00Z")))
                .isEqualTo(at("2026-11-02T07:00:00Z"));
        // the engine's own, for contrast, follows the JVM's zone: 07:00 in New York
        assertThat(new CycleBusinessCalendar().resolveDuedate("0 0 7 1W * ?", at("2026-03-20T12:00:00Z")))
                .isEqualTo(at("2026-04-01T11:00:00Z"));
    }

    @Test
    void a_repeating_iso_cycle_is_left_to_the_engine() {
        assertThat(new ZonedCycleCalendar(LONDON).resolveDuedate("R3/PT1H", at("2026-03-20T12:00:00Z")))
                .isEqualTo(at("2026-03-20T13:00:00Z"));
    }

    @Test
    void twenty_eight_days_across_the_october_change_end_at_the_same_london_time_of_day() {
        ZonedDurationCalendar durations = new ZonedDurationCalendar(LONDON);

        // 10:00 BST on 10 October is 10:00 GMT on 7 November
        assertThat(durations.resolveDuedate("P28D", at("2026-10-10T09:00:00Z"))).isEqualTo(at("2026-11-07T10:00:00Z"));
        // hours are exact
        assertThat(durations.resolveDuedate("PT48H", at("2026-10-24T09:00:00Z"))).isEqualTo(at("2026-10-26T09:00:00Z"));
    }

    @Test
    void history_clean_up_runs_from_one_to_five_london_time() {
        StandaloneInMemProcessEngineConfiguration configuration = window("01:00", "05:00");
        ZonedBatchWindows windows = new ZonedBatchWindows(LONDON);

        BatchWindow summer = windows.getCurrentOrNextBatchWindow(at("2026-07-01T00:30:00Z"), configuration);
        assertThat(summer.getStart()).isEqualTo(at("2026-07-01T00:00:00Z"));
        assertThat(summer.getEnd()).isEqualTo(at("2026-07-01T04:00:00Z"));
        assertThat(summer.isWithin(at("2026-07-01T00:30:00Z"))).isTrue();

        BatchWindow winter = windows.getNextBatchWindow(at("2026-12-01T12:00:00Z"), configuration);
        assertThat(winter.getStart()).isEqualTo(at("2026-12-02T01:00:00Z"));
        assertThat(winter.getEnd()).isEqualTo(at("2026-12-02T05:00:00Z"));

        // the night the clocks go back: 01:00 is the first 01:00 (BST), 05:00 is GMT, so the window is five hours
        BatchWindow clocksBack = windows.getNextBatchWindow(at("2026-10-24T12:00:00Z"), configuration);
        assertThat(clocksBack.getStart()).isEqualTo(at("2026-10-25T00:00:00Z"));
        assertThat(clocksBack.getEnd()).isEqualTo(at("2026-10-25T05:00:00Z"));
    }

    @Test
    void a_window_that_ends_before_it_starts_runs_past_midnight() {
        BatchWindow window = new ZonedBatchWindows(LONDON)
                .getCurrentOrNextBatchWindow(at("2026-12-02T01:00:00Z"), window("22:00", "02:00"));
        assertThat(window.getStart()).isEqualTo(at("2026-12-01T22:00:00Z"));
        assertThat(window.getEnd()).isEqualTo(at("2026-12-02T02:00:00Z"));
    }

    @Test
    void the_plugin_gives_the_engine_the_london_calendars_and_window() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        new EngineFollowsPortalZone(Clock.system(LONDON)).preInit(configuration);

        assertThat(configuration.getBusinessCalendarManager().getBusinessCalendar(CycleBusinessCalendar.NAME))
                .isInstanceOf(ZonedCycleCalendar.class);
        assertThat(configuration.getBusinessCalendarManager().getBusinessCalendar(DurationBusinessCalendar.NAME))
                .isInstanceOf(ZonedDurationCalendar.class);
        assertThat(configuration.getBatchWindowManager()).isInstanceOf(ZonedBatchWindows.class);
    }

    private static StandaloneInMemProcessEngineConfiguration window(String start, String end) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setHistoryCleanupBatchWindowStartTime(start);
        configuration.setHistoryCleanupBatchWindowEndTime(end);
        return configuration;
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }
}
