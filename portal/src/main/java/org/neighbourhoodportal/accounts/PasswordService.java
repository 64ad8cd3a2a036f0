package org.neighbourhoodportal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.neighbourhoodportal.directory.PersonAccounts;
import org.neighbourhoodportal.directory.PersonAccounts.AccountHolder;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password" and setting a password from a single-use link (an invitation's or a reset's), for people who are
 * not signed in (docs/adr/0016). Access is the link itself: 256 random bits, of which only a hash is stored.
 *
 * <p>Who may call: anyone, signed in or not. What is refused: a link that is unknown, expired, used or withdrawn
 * ({@link LinkNotUsableException}), and more requests from one client address than
 * {@code portal.accounts.requests-per-address} in {@code request-window} ({@link TooManyRequestsException}); both
 * are {@link NotAllowedException}s.
 */
@Service
@Transactional
public class PasswordService {

    private final AccountTokens tokens;
    private final AccountEmails emails;
    private final PersonAccounts accounts;
    private final RequestThrottle throttle;
    private final AccountSettings settings;
    private final Clock clock;

    PasswordService(AccountTokens tokens, AccountEmails emails, PersonAccounts accounts, RequestThrottle throttle,
                    AccountSettings settings, Clock clock) {
        this.tokens = tokens;
        this.emails = emails;
        this.accounts = accounts;
        this.throttle = throttle;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Someone forgot their password: if an account that is switched on has this address, it is sent a link
     * ({@code portal.accounts.reset-valid-for}, an hour by default; at most {@code resets-per-hour} such e-mails an
     * hour). Answers the same way, and returns nothing, whether or not the address is anyone's: the page says "if
     * this address is in the directory, we have sent a link".
     *
     * @param clientAddress the browser's address as the proxy reports it, for the per-address limit
     * @throws TooManyRequestsException when this client address has asked too often (whatever the address typed)
     */
    public void requestReset(String email, String clientAddress) {
        allow(clientAddress);
        Optional<AccountHolder> holder = accounts.byEmail(email).filter(AccountHolder::enabled);
        if (holder.isEmpty()) {
            return;
        }
        AccountHolder person = holder.get();
        Instant now = clock.instant();
        if (tokens.issuedSince(person.personId(), TokenPurpose.RESET, now.minus(Duration.ofHours(1)))
                >= settings.resetsPerHour()) {
            return; // enough e-mails already; the answer is the same
        }
        Instant expires = now.plus(settings.resetValidFor());
        tokens.revokeOpen(person.personId(), TokenPurpose.RESET, now)
                .forEach(id -> emails.forget(TokenPurpose.RESET, id));
        emails.reset(person, tokens.issue(person.personId(), TokenPurpose.RESET, now, expires, null), expires);
    }

    /**
     * Whether a link still works, and whose it is. Not counted against the client address: reading does nothing.
     *
     * @return {@code usable} false for a link that is unknown, expired, used or withdrawn (all alike)
     */
    @Transactional(readOnly = true)
    public LinkCheck check(String secret) {
        Instant now = clock.instant();
        return tokens.bySecret(secret).filter(t -> t.usable(now))
                .flatMap(t -> accounts.byId(t.personId()).filter(AccountHolder::enabled)
                        .map(p -> new LinkCheck(true, t.purpose(), p.displayName(), p.email(), t.expiresAt())))
                .orElse(LinkCheck.notUsable());
    }

    /**
     * Sets the link's person's password and uses the link up, in one transaction: the password is set only if the
     * link was still usable, and the link is used only if the password was accepted. The e-mail's stored text (its
     * link) is no longer kept, and the person's other open links of the same kind stop working.
     *
     * @return the e-mail address to sign in with
     * @throws LinkNotUsableException   when the link is unknown, expired, used or withdrawn (even with a good password)
     * @throws IllegalArgumentException with the password rules' plain-English words (the link stays usable)
     * @throws TooManyRequestsException when this client address has tried too often
     */
    public String setPassword(String secret, String password, String clientAddress) {
        allow(clientAddress);
        Instant now = clock.instant();
        AccountTokens.Token token = tokens.bySecret(secret).filter(t -> t.usable(now))
                .orElseThrow(LinkNotUsableException::new);
        AccountHolder person = accounts.byId(token.personId()).filter(AccountHolder::enabled)
                .orElseThrow(LinkNotUsableException::new);
        accounts.setPassword(person.personId(), password); // the rules first: a refused password leaves the link
        if (!tokens.use(token.id(), now)) {
            throw new LinkNotUsableException(); // used by another tab a moment ago; rolls the password back
        }
        emails.forget(token.purpose(), token.id());
        for (TokenPurpose purpose : TokenPurpose.values()) {
            tokens.revokeOpen(person.personId(), purpose, now).forEach(id -> emails.forget(purpose, id));
        }
        return person.email();
    }

    private void allow(String clientAddress) {
        if (!throttle.allow(clientAddress)) {
            throw new TooManyRequestsException(Math.max(1, settings.requestWindow().toMinutes()));
        }
    }
}
