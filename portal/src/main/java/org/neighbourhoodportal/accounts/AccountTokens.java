package org.neighbourhoodportal.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use links (table {@code account_token}, V025). The secret is 256 random bits, handed out once (in the
 * e-mail) and stored only as its SHA-256: a fast hash is enough for a random secret of that size, nothing to guess.
 */
@Repository
class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    AccountTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored token; {@code secret} is never stored, so it is known only right after {@link #issue}. */
    record Token(long id, long personId, TokenPurpose purpose, Instant createdAt, Instant expiresAt, Instant usedAt,
                 Instant revokedAt, Long createdBy) {

        boolean usable(Instant now) {
            return usedAt == null && revokedAt == null && expiresAt.isAfter(now);
        }
    }

    record Issued(long id, String secret) {
    }

    /** A new token for this person; earlier unused ones of the same purpose are withdrawn (only the newest works). */
    Issued issue(long personId, TokenPurpose purpose, Instant now, Instant expires, Long createdBy) {
        revokeOpen(personId, purpose, now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = hash(secret);
        jdbc.sql("insert into account_token (person_id, purpose, token_hash, created_at, expires_at, created_by) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(personId, purpose.name(), hash, Timestamp.from(now), Timestamp.from(expires), createdBy)
                .update();
        long id = jdbc.sql("select id from account_token where token_hash = ?").param(hash).query(Long.class).single();
        return new Issued(id, secret);
    }

    Optional<Token> bySecret(String secret) {
        if (secret == null || secret.length() != 43 || !secret.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where token_hash = ?").param(hash(secret)).query(AccountTokens::token).optional();
    }

    Optional<Token> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(AccountTokens::token).optional();
    }

    /**
     * Marks the token used, if it still may be: of two tries at once (two tabs, two nodes), exactly one gets it.
     *
     * @return whether this call used it
     */
    boolean use(long id, Instant now) {
        return jdbc.sql("update account_token set used_at = ? where id = ? and used_at is null and revoked_at is null "
                + "and expires_at > ?").params(Timestamp.from(now), id, Timestamp.from(now)).update() == 1;
    }

    boolean revoke(long id, Instant now) {
        return jdbc.sql("update account_token set revoked_at = ? where id = ? and used_at is null and revoked_at is "
                + "null").params(Timestamp.from(now), id).update() == 1;
    }

    /** The ids of the person's unused, unwithdrawn tokens of this purpose, which are then withdrawn. */
    List<Long> revokeOpen(long personId, TokenPurpose purpose, Instant now) {
        List<Long> open = jdbc.sql("select id from account_token where person_id = ? and purpose = ? and used_at is "
                + "null and revoked_at is null").params(personId, purpose.name()).query(Long.class).list();
        if (!open.isEmpty()) {
            jdbc.sql("update account_token set revoked_at = ? where person_id = ? and purpose = ? and used_at is null "
                    + "and revoked_at is null").params(Timestamp.from(now), personId, purpose.name()).update();
        }
        return open;
    }

    /** How many tokens of this purpose the person was sent since {@code since}. */
    int issuedSince(long personId, TokenPurpose purpose, Instant since) {
        return jdbc.sql("select count(*) from account_token where person_id = ? and purpose = ? and created_at >= ?")
                .params(personId, purpose.name(), Timestamp.from(since)).query(Integer.class).single();
    }

    /** Invitations, newest first, with the person's name and address: one statement. */
    List<InvitationRow> invitations(int offset, int limit, Instant now) {
        return jdbc.sql("select t.id, t.person_id, p.display_name, p.email, t.created_at, t.expires_at, t.used_at, "
                        + "t.revoked_at from account_token t join person p on p.id = t.person_id "
                        + "where t.purpose = 'INVITATION' order by t.created_at desc, t.id desc limit ? offset ?")
                .params(limit, offset)
                .query((rs, n) -> new InvitationRow(rs.getLong("id"), rs.getLong("person_id"),
                        rs.getString("display_name"), rs.getString("email"), instant(rs, "created_at"),
                        instant(rs, "expires_at"), status(instant(rs, "used_at"), instant(rs, "revoked_at"),
                        instant(rs, "expires_at"), now)))
                .list();
    }

    int invitationCount() {
        return jdbc.sql("select count(*) from account_token where purpose = 'INVITATION'").query(Integer.class)
                .single();
    }

    static InvitationStatus status(Instant used, Instant revoked, Instant expires, Instant now) {
        if (used != null) {
            return InvitationStatus.USED;
        }
        if (revoked != null) {
            return InvitationStatus.WITHDRAWN;
        }
        return expires.isAfter(now) ? InvitationStatus.WAITING : InvitationStatus.EXPIRED;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static final String SELECT = "select id, person_id, purpose, created_at, expires_at, used_at, revoked_at, "
            + "created_by from account_token";

    private static Token token(ResultSet rs, int row) throws SQLException {
        long createdBy = rs.getLong("created_by");
        return new Token(rs.getLong("id"), rs.getLong("person_id"), TokenPurpose.valueOf(rs.getString("purpose")),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "used_at"),
                instant(rs, "revoked_at"), rs.wasNull() ? null : createdBy);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
