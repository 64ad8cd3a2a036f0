package org.neighbourhoodportal.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts wrong passwords per typed e-mail address and per client address, in the database so the counts survive a
 * restart and hold across nodes (table {@code sign_in_throttle}, docs/adr/0009).
 *
 * <p>An e-mail address nobody has is counted exactly like one somebody has, so a pause tells nothing about who has
 * an account. A right password clears its e-mail address's count; the client address's count only runs out, so one
 * account of one's own cannot reset the count of guesses at others.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SignInSettings settings;

    SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, SignInSettings settings) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.settings = settings;
    }

    /** How long a sign-in with this e-mail address from this client address must wait; zero when it may go ahead. */
    Duration waitBefore(String email, String clientAddress) {
        long now = clock.millis();
        Long until = jdbc.sql("select max(locked_until_ms) from sign_in_throttle where throttle_key in (?, ?)")
                .param(accountKey(email)).param(addressKey(clientAddress))
                .query(Long.class).optional().orElse(null);
        return until == null || until <= now ? Duration.ZERO : Duration.ofMillis(until - now);
    }

    /** A wrong password (or an unknown e-mail address): counts it for both, and sets the wait the counts call for. */
    void failed(String email, String clientAddress) {
        long now = clock.millis();
        transaction.executeWithoutResult(status -> {
            count(accountKey(email), settings.accountSlowAfter(), settings.accountPauseAfter(), now);
            count(addressKey(clientAddress), settings.addressSlowAfter(), settings.addressPauseAfter(), now);
            // forget counts nobody has added to for a day and that hold nothing back
            long dayAgo = now - Duration.ofDays(1).toMillis();
            jdbc.sql("delete from sign_in_throttle where last_failure_ms < ? and locked_until_ms < ?")
                    .param(Math.min(dayAgo, now - settings.pauseFor().toMillis())).param(now).update();
        });
    }

    /** The right password: the e-mail address starts again from nothing. */
    void succeeded(String email) {
        transaction.executeWithoutResult(status -> jdbc.sql("delete from sign_in_throttle where throttle_key = ?")
                .param(accountKey(email)).update());
    }

    private void count(String key, int slowAfter, int pauseAfter, long now) {
        long forgottenBefore = now - settings.pauseFor().toMillis();
        if (increment(key, forgottenBefore, now) == 0) {
            try {
                jdbc.sql("insert into sign_in_throttle (throttle_key, failures, last_failure_ms, locked_until_ms) "
                        + "values (?, 1, ?, 0)").param(key).param(now).update();
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                increment(key, forgottenBefore, now);
            }
        }
        int failures = jdbc.sql("select failures from sign_in_throttle where throttle_key = ?").param(key)
                .query(Integer.class).single();
        long wait = waitAfter(failures, slowAfter, pauseAfter);
        jdbc.sql("update sign_in_throttle set locked_until_ms = ? where throttle_key = ?")
                .param(wait == 0 ? 0 : now + wait).param(key).update();
    }

    private int increment(String key, long forgottenBefore, long now) {
        return jdbc.sql("update sign_in_throttle set failures = case when last_failure_ms < ? then 1 "
                        + "else failures + 1 end, last_failure_ms = ? where throttle_key = ?")
                .param(forgottenBefore).param(now).param(key).update();
    }

    /** Milliseconds to wait after this many wrong passwords in a row: none, then doubling, then the full pause. */
    private long waitAfter(int failures, int slowAfter, int pauseAfter) {
        long pause = settings.pauseFor().toMillis();
        if (failures >= pauseAfter) {
            return pause;
        }
        if (failures < slowAfter) {
            return 0;
        }
        int doublings = Math.min(failures - slowAfter, 30);
        return Math.min(settings.firstWait().toMillis() << doublings, pause);
    }

    private static String accountKey(String email) {
        String typed = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return "account:" + (typed.length() > 220 ? typed.substring(0, 220) : typed);
    }

    private static String addressKey(String clientAddress) {
        return "address:" + (clientAddress == null ? "unknown" : clientAddress);
    }
}
