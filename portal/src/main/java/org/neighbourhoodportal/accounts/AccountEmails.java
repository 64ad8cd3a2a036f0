package org.neighbourhoodportal.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.neighbourhoodportal.directory.PersonAccounts.AccountHolder;
import org.neighbourhoodportal.notifications.AccountMail;
import org.springframework.stereotype.Component;

/** The words of invitation and reset e-mails, queued in the caller's transaction through the notifications outbox. */
@Component
class AccountEmails {

    static final String SET_PASSWORD_ROUTE = "set-password/";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final AccountMail mail;
    private final Clock clock;

    AccountEmails(AccountMail mail, Clock clock) {
        this.mail = mail;
        this.clock = clock;
    }

    static String eventKey(TokenPurpose purpose, long tokenId) {
        return (purpose == TokenPurpose.INVITATION ? "invitation:" : "password-reset:") + tokenId;
    }

    void invitation(AccountHolder to, String invitedBy, AccountTokens.Issued token, Instant expires) {
        String body = "Hello " + to.displayName() + ",\n\n"
                + invitedBy + " has invited you to the Neighbourhood Portal, where your Integrated Neighbourhood "
                + "Team agrees its governance, hears from patients and keeps its work plan.\n\n"
                + "To start, choose your password with this link. It works once, until " + when(expires) + ":\n"
                + mail.link(SET_PASSWORD_ROUTE + token.secret()) + "\n\n"
                + "Then sign in with this e-mail address (" + to.email() + ") and your password:\n"
                + mail.link("login") + "\n\n"
                + "If you did not expect this invitation, you can ignore this e-mail: nothing happens unless the "
                + "link is used. What the portal keeps about you, and why: " + mail.link("privacy") + "\n";
        mail.queue(eventKey(TokenPurpose.INVITATION, token.id()), to.personId(), to.email(),
                "You are invited to the Neighbourhood Portal", body);
    }

    void reset(AccountHolder to, AccountTokens.Issued token, Instant expires) {
        String body = "Hello " + to.displayName() + ",\n\n"
                + "Someone asked to set a new password for your Neighbourhood Portal account (" + to.email()
                + "). If it was you, use this link. It works once, until " + when(expires) + ":\n"
                + mail.link(SET_PASSWORD_ROUTE + token.secret()) + "\n\n"
                + "If it was not you, ignore this e-mail: your password has not changed, and nobody can change it "
                + "without this link.\n";
        mail.queue(eventKey(TokenPurpose.RESET, token.id()), to.personId(), to.email(),
                "Set a new password for the Neighbourhood Portal", body);
    }

    /** The secret link is no longer kept once it cannot be used. */
    void forget(TokenPurpose purpose, long tokenId) {
        mail.withdrawLink(eventKey(purpose, tokenId));
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(clock.getZone()));
    }
}
