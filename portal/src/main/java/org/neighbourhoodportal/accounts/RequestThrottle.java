package org.neighbourhoodportal.accounts;

import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts "forgot password" requests and password-setting tries per client address in a window (table
 * {@code account_request_throttle}), in the database like sign-in's counts, so they hold across nodes and restarts.
 * Counted in a transaction of its own, so a refused try is still counted.
 */
@Component
class RequestThrottle {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AccountSettings settings;

    RequestThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, AccountSettings settings) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.settings = settings;
    }

    /** Counts one request from this address. @return whether it is within the limit */
    boolean allow(String clientAddress) {
        String key = "address:" + (clientAddress == null ? "unknown" : clientAddress);
        String shortKey = key.length() > 240 ? key.substring(0, 240) : key;
        long now = clock.millis();
        long windowStart = now - settings.requestWindow().toMillis();
        Integer count = transaction.execute(status -> {
            int updated = jdbc.sql("update account_request_throttle set requests = case when window_start_ms < ? "
                            + "then 1 else requests + 1 end, window_start_ms = case when window_start_ms < ? then ? "
                            + "else window_start_ms end where throttle_key = ?")
                    .params(windowStart, windowStart, now, shortKey).update();
            if (updated == 0) {
                try {
                    jdbc.sql("insert into account_request_throttle (throttle_key, window_start_ms, requests) "
                            + "values (?, ?, 1)").params(shortKey, now).update();
                } catch (DuplicateKeyException anotherNodeWasFirst) {
                    jdbc.sql("update account_request_throttle set requests = requests + 1 where throttle_key = ?")
                            .param(shortKey).update();
                }
            }
            return jdbc.sql("select requests from account_request_throttle where throttle_key = ?").param(shortKey)
                    .query(Integer.class).single();
        });
        return count != null && count <= settings.requestsPerAddress();
    }
}
