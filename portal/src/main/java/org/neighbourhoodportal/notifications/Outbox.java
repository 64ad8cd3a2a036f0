package org.neighbourhoodportal.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The e-mail outbox (table {@code notification_outbox}, V020). Rows are added in the transaction that raised the
 * notice; the sender then works row by row in short transactions of its own (each statement commits by itself), and
 * claims a row with a conditional update, so of two nodes, or of a retried run, only one sends it.
 */
@Repository
class Outbox {

    static final int ERROR_LENGTH = 1000;

    /** The kind column of a daily digest, which carries several kinds. */
    private static final String DIGEST = "DIGEST";

    private final NamedParameterJdbcTemplate jdbc;

    Outbox(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An e-mail as the sender needs it; {@code kind} is null for a daily digest. */
    record Mail(long id, long personId, String eventKey, NotificationKind kind, String email, String subject,
                String body, int attempts, Instant createdAt) {
    }

    /**
     * Adds the e-mail ({@code kind} null: a daily digest) unless this person already has one for this event.
     *
     * @return the new row's id, or empty when there already was one
     */
    Optional<Long> add(String eventKey, long personId, NotificationKind kind, String email, String subject,
                       String body, OutboxStatus status, Instant at) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("key", eventKey)
                .addValue("person", personId).addValue("kind", kind == null ? DIGEST : kind.name()).addValue("email", email)
                .addValue("subject", subject).addValue("body", body).addValue("status", status.name())
                .addValue("at", Timestamp.from(at));
        Integer existing = jdbc.queryForObject("select count(*) from notification_outbox where event_key = :key "
                + "and person_id = :person", params, Integer.class);
        if (existing != null && existing > 0) {
            return Optional.empty();
        }
        try {
            jdbc.update("insert into notification_outbox (event_key, person_id, kind, email, subject, body, status, "
                    + "attempts, next_attempt_at, created_at) values (:key, :person, :kind, :email, :subject, :body, "
                    + ":status, 0, :at, :at)", params);
        } catch (DuplicateKeyException addedElsewhereMeanwhile) {
            return Optional.empty();
        }
        // the unique key finds it; generated-key retrieval differs between H2 and MariaDB
        return Optional.ofNullable(jdbc.queryForObject("select id from notification_outbox where event_key = :key "
                + "and person_id = :person", params, Long.class));
    }

    /** Ids of rows due to be sent now (or whose claim has lapsed: the node holding it died), oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.queryForList("select id from notification_outbox where (status = 'PENDING' and next_attempt_at "
                + "<= :now) or (status = 'SENDING' and claimed_until < :now) order by next_attempt_at, id "
                + "limit :limit", new MapSqlParameterSource().addValue("now", Timestamp.from(now))
                .addValue("limit", limit), Long.class);
    }

    /**
     * Takes the row for this node until {@code until}, counting the attempt. The condition repeats {@link #due}'s,
     * so of several nodes (or threads) that saw the row due, exactly one updates it.
     *
     * @return the e-mail, if this node got it
     */
    Optional<Mail> claim(long id, String node, Instant now, Instant until) {
        int claimed;
        try {
            claimed = jdbc.update("update notification_outbox set status = 'SENDING', claimed_by = :node, "
                + "claimed_until = :until, attempts = attempts + 1 where id = :id and ((status = 'PENDING' and "
                + "next_attempt_at <= :now) or (status = 'SENDING' and claimed_until < :now))",
                new MapSqlParameterSource().addValue("id", id).addValue("node", node)
                        .addValue("now", Timestamp.from(now)).addValue("until", Timestamp.from(until)));
        } catch (ConcurrencyFailureException takenByAnotherNodeAtTheSameMoment) {
            // MariaDB re-reads the row after the other node's commit and updates nothing; H2 refuses instead
            return Optional.empty();
        }
        if (claimed != 1) {
            return Optional.empty();
        }
        return jdbc.query("select id, person_id, event_key, kind, email, subject, body, attempts, created_at "
                + "from notification_outbox where id = :id and claimed_by = :node",
                new MapSqlParameterSource().addValue("id", id).addValue("node", node),
                (rs, n) -> mail(rs)).stream().findFirst();
    }

    void sent(long id, String node, Instant at) {
        jdbc.update("update notification_outbox set status = 'SENT', sent_at = :at, claimed_by = null, "
                + "claimed_until = null, last_error = null where id = :id and claimed_by = :node",
                new MapSqlParameterSource().addValue("id", id).addValue("node", node).addValue("at", Timestamp.from(at)));
    }

    /** The attempt failed: try again at {@code next}, or give up ({@code next} null). */
    void failed(long id, String node, String error, Instant next) {
        jdbc.update("update notification_outbox set status = :status, next_attempt_at = coalesce(:next, "
                + "next_attempt_at), last_error = :error, claimed_by = null, claimed_until = null "
                + "where id = :id and claimed_by = :node", new MapSqlParameterSource().addValue("id", id)
                .addValue("node", node).addValue("error", shorten(error))
                .addValue("status", next == null ? OutboxStatus.FAILED.name() : OutboxStatus.PENDING.name())
                .addValue("next", next == null ? null : Timestamp.from(next)));
    }

    /** E-mail was switched off when this row came due: it stays, marked as not sent. */
    void mailOff(long id, String node) {
        jdbc.update("update notification_outbox set status = 'MAIL_OFF', claimed_by = null, claimed_until = null, "
                + "attempts = attempts - 1 where id = :id and claimed_by = :node",
                new MapSqlParameterSource().addValue("id", id).addValue("node", node));
    }

    /**
     * An administrator asks for the row to go again now (a failed one, one waiting for a retry, or one written while
     * e-mail was off). The attempts start again.
     *
     * @return whether there was such a row in a state that can be sent again
     */
    boolean sendAgain(long id, Instant now) {
        return jdbc.update("update notification_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now, "
                + "claimed_by = null, claimed_until = null where id = :id and status in ('FAILED', 'PENDING', "
                + "'MAIL_OFF')", new MapSqlParameterSource().addValue("id", id)
                .addValue("now", Timestamp.from(now))) == 1;
    }

    /** The whole outbox, newest first, one statement. */
    List<OutboxRow> page(int offset, int limit) {
        return jdbc.query("select id, created_at, email, kind, subject, status, attempts, next_attempt_at, "
                + "last_error, sent_at from notification_outbox order by created_at desc, id desc "
                + "limit :limit offset :offset", new MapSqlParameterSource().addValue("limit", limit)
                .addValue("offset", offset), (rs, n) -> new OutboxRow(rs.getLong("id"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("email"),
                kindOf(rs.getString("kind")), rs.getString("subject"),
                OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
                rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant()));
    }

    long count() {
        Long n = jdbc.queryForObject("select count(*) from notification_outbox", Map.of(), Long.class);
        return n == null ? 0 : n;
    }

    // ---- the daily digest ----

    /** Rows waiting for a digest, created before {@code before}, by person, oldest first. */
    Map<Long, List<Mail>> waitingForDigest(Instant before) {
        Map<Long, List<Mail>> byPerson = new LinkedHashMap<>();
        jdbc.query("select id, person_id, event_key, kind, email, subject, body, attempts, created_at "
                + "from notification_outbox where status = 'DIGEST' and created_at < :before "
                + "order by person_id, created_at, id", Map.of("before", Timestamp.from(before)), rs -> {
                    Mail mail = mail(rs);
                    byPerson.computeIfAbsent(mail.personId(), k -> new ArrayList<>()).add(mail);
                });
        return byPerson;
    }

    /** The rows went out in digest {@code digestId}; only rows still waiting are taken. */
    void digested(List<Long> ids, long digestId) {
        jdbc.update("update notification_outbox set status = 'IN_DIGEST', digest_id = :digest "
                + "where id in (:ids) and status = 'DIGEST'", new MapSqlParameterSource().addValue("ids", ids)
                .addValue("digest", digestId));
    }

    private static Mail mail(ResultSet rs) throws SQLException {
        return new Mail(rs.getLong("id"), rs.getLong("person_id"), rs.getString("event_key"),
                kindOf(rs.getString("kind")), rs.getString("email"), rs.getString("subject"),
                rs.getString("body"), rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant());
    }

    /** @return null for a daily digest */
    private static NotificationKind kindOf(String stored) {
        return DIGEST.equals(stored) ? null : NotificationKind.valueOf(stored);
    }

    private static String shorten(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH - 1) + "…";
    }
}
