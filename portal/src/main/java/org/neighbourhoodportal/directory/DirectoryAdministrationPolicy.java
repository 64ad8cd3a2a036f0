package org.neighbourhoodportal.directory;

import java.util.NoSuchElementException;
import java.util.Set;
import org.neighbourhoodportal.directory.domain.PersonAdminRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may change what in the directory, decided on the caller's roles as the directory has them now (not as they
 * were at sign-in): administrators everything; an INT lead the member organisations, signatories and the lead, member
 * and PPG representative roles of the teams they lead, and adding people. Nobody but an administrator grants or
 * removes the administrator or ICB manager role, or switches accounts off.
 */
@Component
class DirectoryAdministrationPolicy {

    private final DirectoryService directory;
    private final PersonAdminRepository admin;
    private final ObjectProvider<TrustedCaller> trusted;

    DirectoryAdministrationPolicy(DirectoryService directory, PersonAdminRepository admin,
                                  ObjectProvider<TrustedCaller> trusted) {
        this.directory = directory;
        this.admin = admin;
        this.trusted = trusted;
    }

    /** @throws AccessDeniedException unless an administrator is signed in */
    AccessProfile requireAdministrator() {
        AccessProfile me = me();
        if (!me.administrator()) {
            throw new AccessDeniedException("Only administrators can do this.");
        }
        return me;
    }

    /** @throws AccessDeniedException unless an administrator or an INT lead is signed in */
    AccessProfile requireAdministratorOrLead() {
        AccessProfile me = me();
        if (!me.administrator() && !me.isLead()) {
            throw new AccessDeniedException("Only administrators and INT leads can do this.");
        }
        return me;
    }

    /** @throws AccessDeniedException unless the caller is an administrator or leads the team */
    AccessProfile requireTeamManager(long teamId) {
        AccessProfile me = me();
        if (!me.administrator() && !me.leads(teamId)) {
            throw new AccessDeniedException("Only administrators and the INT's leads can do this.");
        }
        return me;
    }

    /** An administrator, or a lead of a team the person holds a role in. */
    void requirePersonManager(long personId) {
        AccessProfile me = me();
        if (me.administrator()) {
            return;
        }
        boolean inMyTeam = me.isLead() && admin.rolesOf(personId).stream().anyMatch(r -> r.getTeamId() != null
                && me.leads(r.getTeamId()));
        if (!inMyTeam) {
            throw new AccessDeniedException("Only administrators and the leads of this person's INT can change them.");
        }
    }

    /** Who may grant or remove a role in a scope; see the class comment. */
    void requireRoleManager(Role role, Long scopeId) {
        AccessProfile me = me();
        if (me.administrator()) {
            return;
        }
        boolean allowed = switch (role) {
            case INT_LEAD, MEMBER -> scopeId != null && me.leads(scopeId);
            case PPG_REPRESENTATIVE -> scopeId != null && ppgOfTeamsILead(me, scopeId);
            case ICB_MANAGER, ADMINISTRATOR -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException(role == Role.ADMINISTRATOR || role == Role.ICB_MANAGER
                    ? "Only administrators can give or take away this role."
                    : "You can change roles only in an INT you lead.");
        }
    }

    /** Someone is signed in, or the engine runs a step. */
    void requireCaller() {
        if (signedIn() == null && !isEngine()) {
            throw new AccessDeniedException("Please sign in first.");
        }
    }

    private boolean ppgOfTeamsILead(AccessProfile me, long ppgId) {
        Set<Long> led = me.ledTeams();
        if (led.isEmpty()) {
            return false;
        }
        return directory.ppgsOfTeams(led).stream().anyMatch(p -> p.id() == ppgId);
    }

    /** The caller's profile as the directory has it now. */
    private AccessProfile me() {
        Authentication authentication = signedIn();
        if (authentication == null || !(authentication.getPrincipal() instanceof ProfileHolder holder)
                || holder.profile() == null) {
            throw new AccessDeniedException("Please sign in first.");
        }
        try {
            return directory.accessProfile(holder.profile().personId());
        } catch (NoSuchElementException removed) {
            throw new AccessDeniedException("Please sign in first.");
        }
    }

    private boolean isEngine() {
        TrustedCaller caller = trusted.getIfAvailable();
        return caller != null && caller.isEngine();
    }

    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken ? null : authentication;
    }
}
