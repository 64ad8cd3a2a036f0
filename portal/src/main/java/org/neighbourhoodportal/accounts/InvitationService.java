package org.neighbourhoodportal.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.PersonAccounts;
import org.neighbourhoodportal.directory.PersonAccounts.AccountHolder;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to the portal (docs/adr/0016): an e-mail with a single-use link that expires
 * ({@code portal.accounts.invitation-valid-for}, 7 days by default), through which the person chooses their own
 * password. Sending a new invitation withdraws the person's earlier ones. The e-mail is queued in the same transaction
 * (the notifications outbox), so it leaves after commit and once.
 *
 * <p>Who may call: an administrator for anyone; an INT lead for people who hold a role in a team they lead (or
 * represent one of its PPGs). Everyone else: {@link NotAllowedException}. The directory admin pages call
 * {@link #invite(long)} for a person they have just added.
 */
@Service
@Transactional
public class InvitationService {

    private final AccountTokens tokens;
    private final AccountEmails emails;
    private final PersonAccounts accounts;
    private final CurrentUser currentUser;
    private final AccountSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    InvitationService(AccountTokens tokens, AccountEmails emails, PersonAccounts accounts, CurrentUser currentUser,
                      AccountSettings settings, JdbcClient jdbc, Clock clock) {
        this.tokens = tokens;
        this.emails = emails;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Invites a person already in the directory: a new link by e-mail, earlier invitations withdrawn.
     *
     * @return the invitation as the invitations page lists it
     * @throws NotAllowedException when the caller may not invite this person (or there is no such person: the same
     *                             words), or their account is switched off
     */
    public InvitationRow invite(long personId) {
        AccessProfile me = currentUser.require();
        AccountHolder person = accounts.byId(personId).filter(p -> mayInvite(me, p.personId()))
                .orElseThrow(() -> new NotAllowedException("You cannot invite that person."));
        return send(me, person);
    }

    /**
     * Invites by e-mail address: the person with that address, or, for an administrator, a new person added to the
     * directory with this name (with no role yet: give them one on the directory pages).
     *
     * @throws NotAllowedException     when the caller is not an administrator and the address is not someone they
     *                                 may invite
     * @throws IllegalArgumentException with plain-English words when the address or name is missing or malformed
     */
    public InvitationRow inviteByEmail(String email, String displayName) {
        AccessProfile me = currentUser.require();
        var existing = accounts.byEmail(email);
        if (existing.isPresent()) {
            if (!mayInvite(me, existing.get().personId())) {
                throw new NotAllowedException("You cannot invite that person.");
            }
            return send(me, existing.get());
        }
        if (!me.administrator()) {
            throw new NotAllowedException("Only an administrator can add someone new to the portal. Ask them, or "
                    + "invite someone who already has a role in your team.");
        }
        return send(me, accounts.addInvited(email, displayName));
    }

    /**
     * Invitations, newest first, whatever their state (waiting, accepted, expired, withdrawn). One statement.
     * Administrators only.
     *
     * @throws NotAllowedException for anyone else
     */
    @Transactional(readOnly = true)
    public List<InvitationRow> invitations(int offset, int limit) {
        requireAdministrator();
        return tokens.invitations(offset, limit, clock.instant());
    }

    /**
     * How many invitations there are in all. Administrators only.
     *
     * @throws NotAllowedException for anyone else
     */
    @Transactional(readOnly = true)
    public int count() {
        requireAdministrator();
        return tokens.invitationCount();
    }

    /**
     * Sends the person of this invitation a new one (the old link stops working).
     *
     * @throws NotAllowedException when the caller may not invite that person, or there is no such invitation
     */
    public InvitationRow resend(long invitationId) {
        AccessProfile me = currentUser.require();
        AccountTokens.Token token = tokens.byId(invitationId).filter(t -> t.purpose() == TokenPurpose.INVITATION)
                .filter(t -> mayInvite(me, t.personId()))
                .orElseThrow(() -> new NotAllowedException("You cannot send that invitation again."));
        return invite(token.personId());
    }

    /**
     * Withdraws an invitation: its link stops working (an accepted one stays accepted).
     *
     * @return whether it was waiting (false: already accepted, expired or withdrawn: nothing changed)
     * @throws NotAllowedException when the caller may not invite that person, or there is no such invitation
     */
    public boolean withdraw(long invitationId) {
        AccessProfile me = currentUser.require();
        AccountTokens.Token token = tokens.byId(invitationId).filter(t -> t.purpose() == TokenPurpose.INVITATION)
                .filter(t -> mayInvite(me, t.personId()))
                .orElseThrow(() -> new NotAllowedException("You cannot withdraw that invitation."));
        boolean withdrawn = tokens.revoke(token.id(), clock.instant());
        if (withdrawn) {
            emails.forget(TokenPurpose.INVITATION, token.id());
        }
        return withdrawn;
    }

    private InvitationRow send(AccessProfile me, AccountHolder person) {
        if (!person.enabled()) {
            throw new NotAllowedException(person.displayName() + "'s account is switched off: switch it on before "
                    + "inviting them.");
        }
        Instant now = clock.instant();
        Instant expires = now.plus(settings.invitationValidFor());
        List<Long> replaced = tokens.revokeOpen(person.personId(), TokenPurpose.INVITATION, now);
        replaced.forEach(id -> emails.forget(TokenPurpose.INVITATION, id));
        AccountTokens.Issued issued = tokens.issue(person.personId(), TokenPurpose.INVITATION, now, expires,
                me.personId());
        emails.invitation(person, me.displayName(), issued, expires);
        return new InvitationRow(issued.id(), person.personId(), person.displayName(), person.email(), now, expires,
                InvitationStatus.WAITING);
    }

    /** An administrator anyone; a lead the people with a role in a team they lead, or in one of its PPGs. */
    private boolean mayInvite(AccessProfile me, long personId) {
        if (me.administrator()) {
            return true;
        }
        Set<Long> led = new HashSet<>(me.ledTeams());
        if (led.isEmpty()) {
            return false;
        }
        return jdbc.sql("select count(*) from role_assignment r left join ppg g on g.id = r.ppg_id "
                        + "where r.person_id = :person and (r.team_id in (:teams) or g.team_id in (:teams))")
                .param("person", personId).param("teams", led).query(Integer.class).single() > 0;
    }

    private void requireAdministrator() {
        if (!currentUser.require().administrator()) {
            throw new NotAllowedException("Only an administrator can see the invitations.");
        }
    }
}
