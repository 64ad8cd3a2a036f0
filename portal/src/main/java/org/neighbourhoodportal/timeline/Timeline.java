package org.neighbourhoodportal.timeline;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one event log every feature writes (table {@code timeline_entry}, migration V016): who did what to which
 * record, when, and who may see it. Features call it from their own services and steps, inside their own transaction
 * (an entry is written if and only if the change it describes is), after their policy has decided the caller may act.
 *
 * <p>Not a {@code @Service}: it checks nobody, so only a feature's service or steps, which have checked, call it.
 * Views read timelines through {@link TimelineService} or the feature's own details, both access-checked (an
 * architecture rule keeps views away from this class).
 */
@Component
public class Timeline {

    public static final int WHAT_LENGTH = 200;
    public static final int KIND_LENGTH = 40;
    public static final int DETAIL_LENGTH = 4000;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Timeline(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends one entry, now, in the caller's transaction (there must be one).
     *
     * @param kind   the feature's code for what happened (at most {@value #KIND_LENGTH} characters)
     * @param what   what happened, in plain English (at most {@value #WHAT_LENGTH})
     * @param detail what was said or decided, or null; longer than {@value #DETAIL_LENGTH} is cut with "…"
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(TimelineRecord record, Credit by, String kind, String what, String detail,
                       Visibility visibility) {
        appendAt(clock.instant(), record, by, kind, what, detail, visibility);
    }

    /**
     * As {@link #append}, for something that happened earlier and is recorded now (demo data that comes with a
     * history); a feature recording what a person does now uses {@link #append}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAt(java.time.Instant at, TimelineRecord record, Credit by, String kind, String what,
                         String detail, Visibility visibility) {
        if (kind == null || kind.isBlank() || kind.length() > KIND_LENGTH) {
            throw new IllegalArgumentException("A timeline entry's kind needs 1 to " + KIND_LENGTH + " characters");
        }
        if (what == null || what.isBlank() || what.length() > WHAT_LENGTH) {
            throw new IllegalArgumentException("A timeline entry says what happened in 1 to " + WHAT_LENGTH
                    + " characters");
        }
        jdbc.update("insert into timeline_entry (record_kind, record_id, occurred_at, actor_id, actor_name, kind, what,"
                + " detail, visibility) values (:recordKind, :recordId, :at, :actorId, :actorName, :kind, :what,"
                + " :detail, :visibility)", new MapSqlParameterSource()
                .addValue("recordKind", record.kind()).addValue("recordId", record.id())
                .addValue("at", Timestamp.from(at))
                .addValue("actorId", by.personId()).addValue("actorName", by.name())
                .addValue("kind", kind).addValue("what", what)
                .addValue("detail", detail == null || detail.length() <= DETAIL_LENGTH ? detail
                        : detail.substring(0, DETAIL_LENGTH - 1) + "…")
                .addValue("visibility", visibility.name()));
    }

    /**
     * A record's timeline, oldest first, in one statement whatever its length. The caller has decided the reader may
     * read the record; {@code includeInternal} false leaves out {@link Visibility#INTERNAL} entries.
     */
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(TimelineRecord record, boolean includeInternal) {
        return jdbc.query("select occurred_at, actor_id, actor_name, kind, what, detail, visibility"
                        + " from timeline_entry where record_kind = :recordKind and record_id = :recordId"
                        + (includeInternal ? "" : " and visibility = 'EVERYONE'")
                        + " order by occurred_at, id",
                new MapSqlParameterSource().addValue("recordKind", record.kind()).addValue("recordId", record.id()),
                (rs, n) -> new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"),
                        rs.getObject("actor_id") != null, rs.getString("kind"), rs.getString("what"),
                        rs.getString("detail"), Visibility.INTERNAL.name().equals(rs.getString("visibility"))));
    }

    /** How many entries of this kind the record has (e.g. the n-th response, for a notice's unique key). */
    @Transactional(readOnly = true)
    public long count(TimelineRecord record, String kind) {
        Long count = jdbc.queryForObject("select count(*) from timeline_entry where record_kind = :recordKind"
                + " and record_id = :recordId and kind = :kind", new MapSqlParameterSource()
                .addValue("recordKind", record.kind()).addValue("recordId", record.id()).addValue("kind", kind),
                Long.class);
        return count == null ? 0 : count;
    }
}
