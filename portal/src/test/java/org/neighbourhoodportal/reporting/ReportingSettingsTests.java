package org.neighbourhoodportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The report settings an installation may leave out, and the ones it may not get wrong. */
class ReportingSettingsTests {

    @Test
    void with_nothing_configured_reports_start_at_seven_on_the_first_weekday_with_a_week_to_update() {
        ReportingSettings settings = bind(Map.of());

        assertThat(settings.schedule()).isEqualTo("0 0 7 1W * ?");
        assertThat(settings.updateWithin()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.remindBefore()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void an_installation_can_move_the_schedule_and_the_deadlines() {
        ReportingSettings settings = bind(Map.of("portal.reports.schedule", "0 30 9 2W * ?",
                "portal.reports.update-within", "P10D", "portal.reports.remind-before", "P3D"));

        assertThat(settings.schedule()).isEqualTo("0 30 9 2W * ?");
        assertThat(settings.updateWithin()).isEqualTo(Duration.ofDays(10));
        assertThat(settings.remindBefore()).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void a_schedule_that_is_not_a_cron_or_a_reminder_after_the_deadline_stops_the_portal_starting() {
        assertThatThrownBy(() -> new ReportingSettings("first Monday", Duration.ofDays(7), Duration.ofDays(2)))
                .hasMessageContaining("portal.reports.schedule");
        assertThatThrownBy(() -> new ReportingSettings("0 0 7 1W * ?", Duration.ofDays(7), Duration.ofDays(7)))
                .hasMessageContaining("portal.reports.remind-before");
        assertThatThrownBy(() -> new ReportingSettings("0 0 7 1W * ?", Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("portal.reports.update-within");
    }

    private static ReportingSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("portal.reports", ReportingSettings.class);
    }
}
