package org.neighbourhoodportal.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The bell's entries and people's choices (tables {@code notification} and {@code notification_preference}, V020).
 * Plain JDBC on the shared DataSource, so writes join the transaction that raised the notice.
 */
@Repository
class NotificationStore {

    private final NamedParameterJdbcTemplate jdbc;

    NotificationStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the entry unless this person already has one for this event.
     *
     * @return whether it was new
     */
    boolean add(Notice notice, long personId, Instant at) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("key", notice.eventKey())
                .addValue("person", personId).addValue("kind", notice.kind().name()).addValue("title", notice.title())
                .addValue("body", notice.whatToDo()).addValue("link", notice.route())
                .addValue("at", Timestamp.from(at));
        Integer existing = jdbc.queryForObject("select count(*) from notification where event_key = :key "
                + "and person_id = :person", params, Integer.class);
        if (existing != null && existing > 0) {
            return false;
        }
        try {
            jdbc.update("insert into notification (event_key, person_id, kind, title, body, link, created_at) "
                    + "values (:key, :person, :kind, :title, :body, :link, :at)", params);
            return true;
        } catch (DuplicateKeyException raisedElsewhereMeanwhile) { // the unique key decides between two nodes
            return false;
        }
    }

    long unread(long personId) {
        Long n = jdbc.queryForObject("select count(*) from notification where person_id = :person "
                + "and read_at is null", Map.of("person", personId), Long.class);
        return n == null ? 0 : n;
    }

    /** Newest first, one statement. */
    List<NotificationRow> latest(long personId, int offset, int limit) {
        return jdbc.query("select id, kind, title, body, link, created_at, read_at from notification "
                + "where person_id = :person order by created_at desc, id desc limit :limit offset :offset",
                new MapSqlParameterSource().addValue("person", personId).addValue("limit", limit)
                        .addValue("offset", offset),
                (rs, n) -> new NotificationRow(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("body"), rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null));
    }

    long count(long personId) {
        Long n = jdbc.queryForObject("select count(*) from notification where person_id = :person",
                Map.of("person", personId), Long.class);
        return n == null ? 0 : n;
    }

    /** @return whether the entry is this person's (read or not before) */
    boolean markRead(long personId, long notificationId, Instant at) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("person", personId)
                .addValue("id", notificationId).addValue("at", Timestamp.from(at));
        jdbc.update("update notification set read_at = :at where id = :id and person_id = :person "
                + "and read_at is null", params);
        Integer mine = jdbc.queryForObject("select count(*) from notification where id = :id and person_id = :person",
                params, Integer.class);
        return mine != null && mine > 0;
    }

    int markAllRead(long personId, Instant at) {
        return jdbc.update("update notification set read_at = :at where person_id = :person and read_at is null",
                new MapSqlParameterSource().addValue("person", personId).addValue("at", Timestamp.from(at)));
    }

    /** The deliveries people chose, by person and kind; kinds without a row use their default. One statement. */
    Map<Long, Map<NotificationKind, Delivery>> choices(Collection<Long> personIds) {
        Map<Long, Map<NotificationKind, Delivery>> choices = new HashMap<>();
        if (personIds.isEmpty()) {
            return choices;
        }
        jdbc.query("select person_id, kind, delivery from notification_preference where person_id in (:people)",
                Map.of("people", personIds), rs -> {
                    try {
                        choices.computeIfAbsent(rs.getLong("person_id"), k -> new HashMap<>())
                                .put(NotificationKind.valueOf(rs.getString("kind")),
                                        Delivery.valueOf(rs.getString("delivery")));
                    } catch (IllegalArgumentException retiredKind) {
                        // a kind no longer offered: ignored
                    }
                });
        return choices;
    }

    void choose(long personId, NotificationKind kind, Delivery delivery) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("person", personId)
                .addValue("kind", kind.name()).addValue("delivery", delivery.name());
        if (jdbc.update("update notification_preference set delivery = :delivery where person_id = :person "
                + "and kind = :kind", params) == 0) {
            try {
                jdbc.update("insert into notification_preference (person_id, kind, delivery) "
                        + "values (:person, :kind, :delivery)", params);
            } catch (DuplicateKeyException chosenInAnotherTabMeanwhile) {
                jdbc.update("update notification_preference set delivery = :delivery where person_id = :person "
                        + "and kind = :kind", params);
            }
        }
    }
}
