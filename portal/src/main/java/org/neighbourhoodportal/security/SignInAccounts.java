package org.neighbourhoodportal.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one reader of password hashes. The directory owns the person table, but no public service method hands a hash
 * out: sign-in reads it here, inside the security package, and nowhere else does.
 */
@Component
class SignInAccounts {

    private final JdbcClient jdbc;

    SignInAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person with this e-mail address (any case, surrounding spaces ignored), if there is one. */
    Optional<Credentials> find(String email) {
        return jdbc.sql("select id, email, password_hash, enabled from person where lower(email) = lower(?)")
                .param(email.trim())
                .query((rs, row) -> new Credentials(rs.getLong("id"), rs.getString("email"),
                        rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional();
    }

    /** Whether the person may still sign in and act (an administrator can switch an account off). */
    boolean isEnabled(long personId) {
        return jdbc.sql("select enabled from person where id = ?").param(personId).query(Boolean.class).optional()
                .orElse(false);
    }
}
