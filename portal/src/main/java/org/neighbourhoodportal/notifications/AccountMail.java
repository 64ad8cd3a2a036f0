package org.neighbourhoodportal.notifications;

import java.time.Clock;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * E-mail about a person's own account (an invitation, a link to set a password): written to the outbox in the
 * caller's transaction like every other e-mail, so it leaves after commit, once, by the same sender (docs/adr/0007),
 * but with no bell entry and whatever the person chose for other kinds: they may not have signed in yet.
 *
 * <p>Not a service: it checks nobody. Its one caller, the {@code accounts} feature, decides who may send what. The
 * body carries a link with a secret, so {@link #withdrawLink} replaces it once the link is used or withdrawn.
 */
@Component
public class AccountMail {

    /** What an account e-mail's stored text becomes once its link can no longer be used. */
    static final String LINK_WITHDRAWN = "(The link in this e-mail has been used, replaced or withdrawn; its text is "
            + "no longer kept.)";

    private final Outbox outbox;
    private final NamedParameterJdbcTemplate jdbc;
    private final NotificationSettings settings;
    private final Clock clock;

    AccountMail(Outbox outbox, NamedParameterJdbcTemplate jdbc, NotificationSettings settings, Clock clock) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Queues one e-mail to this person at this address, unless one was already queued for this event.
     *
     * @param eventKey what happened, once per e-mail ({@code invitation:<token id>})
     * @return whether a row was written (false: the same event was queued before)
     */
    public boolean queue(String eventKey, long personId, String email, String subject, String body) {
        return outbox.add(eventKey, personId, NotificationKind.ACCOUNT_EMAIL, email, subject, body,
                settings.mailEnabled() ? OutboxStatus.PENDING : OutboxStatus.MAIL_OFF, clock.instant()).isPresent();
    }

    /** The absolute address of a portal page, as every e-mail's links are made ({@code portal.notifications.base-url}). */
    public String link(String route) {
        return settings.link(route);
    }

    /**
     * Stops keeping the text (and so the secret link) of the e-mail queued for this event. An e-mail not yet sent
     * keeps its text: it goes out, and its link then says it has been used or withdrawn.
     */
    public void withdrawLink(String eventKey) {
        jdbc.update("update notification_outbox set body = :text where event_key = :key and status not in "
                + "('PENDING', 'SENDING')", new MapSqlParameterSource().addValue("key", eventKey)
                .addValue("text", LINK_WITHDRAWN));
    }
}
