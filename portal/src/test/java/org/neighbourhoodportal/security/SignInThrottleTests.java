package org.neighbourhoodportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The counts live in the database: a node started afterwards, or another node on the same database, sees them. Each
 * "node" here is a throttle of its own on the application's database, as a restarted or second portal has.
 */
@PortalTest
class SignInThrottleTests {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired SignInSettings settings;

    @BeforeEach
    void noCounts() {
        jdbc.sql("delete from sign_in_throttle").update();
    }

    @Test
    void wrong_passwords_counted_on_one_node_pause_sign_in_on_another() {
        SignInThrottle first = node(NINE);
        for (int i = 0; i < 10; i++) {
            first.failed("someone@example.nhs.uk", "10.0.0." + i);
        }

        SignInThrottle second = node(NINE.plusSeconds(1));
        assertThat(second.waitBefore("Someone@Example.nhs.uk ", "10.0.1.1"))
                .isGreaterThan(Duration.ofMinutes(14));
    }

    @Test
    void a_node_started_after_the_wrong_passwords_still_knows_them_and_counts_on() {
        node(NINE).failed("someone@example.nhs.uk", "10.0.0.1");
        node(NINE.plusSeconds(1)).failed("someone@example.nhs.uk", "10.0.0.2");

        SignInThrottle restarted = node(NINE.plusSeconds(2));
        assertThat(restarted.waitBefore("someone@example.nhs.uk", "10.0.0.3")).isZero();
        restarted.failed("someone@example.nhs.uk", "10.0.0.3");

        assertThat(node(NINE.plusSeconds(2)).waitBefore("someone@example.nhs.uk", "10.0.0.4"))
                .isEqualTo(settings.firstWait());
    }

    @Test
    void a_count_older_than_the_pause_starts_again() {
        SignInThrottle node = node(NINE);
        node.failed("someone@example.nhs.uk", "10.0.0.1");
        node.failed("someone@example.nhs.uk", "10.0.0.2");

        SignInThrottle later = node(NINE.plus(settings.pauseFor()).plusSeconds(1));
        later.failed("someone@example.nhs.uk", "10.0.0.3");

        assertThat(later.waitBefore("someone@example.nhs.uk", "10.0.0.4")).isZero();
    }

    private SignInThrottle node(Instant now) {
        return new SignInThrottle(jdbc, transactions, Clock.fixed(now, ZoneOffset.UTC), settings);
    }
}
