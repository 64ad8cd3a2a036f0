package org.neighbourhoodportal.governance;

import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.governance.domain.LeadershipGroup;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an INT's governance records: the one place the governance feature decides it, always about the
 * person signed in now ({@link CurrentUser}, roles read afresh on each request).
 *
 * <ul>
 *   <li>Reading a leadership group: the INT's people (its leads, its member organisations' representatives) and the
 *       managers of its ICB. PPG representatives and other INTs' people do not see it.</li>
 *   <li>Forming a group, asking again for gaps, accepting gaps, confirming: the INT's leads only.</li>
 *   <li>Nominating: a member organisation's representatives in that INT, for their own organisation (the round of
 *       answers checks the task's group; {@link #requireMayNominate} checks again).</li>
 *   <li>Terms of reference and MoUs: the INT's leads and member organisations' representatives read every version,
 *       draft or not; the managers of its ICB read one once a version is in force. Only the leads draft, revise and
 *       send one for sign-off; an organisation's representatives comment for it; only the organisation's designated
 *       signatory in the INT ({@code DirectoryAdministration.signatoryOf}) signs for it.</li>
 *   <li>What only the process does (checking seats, telling nominees, the term reminder) needs the engine.</li>
 * </ul>
 * Every refusal is a {@link NotAllowedException}; for a record the caller may not read it says the same as for one
 * that does not exist.
 */
@Component
public class GovernancePolicy {

    public static final String AGREEMENT_NOT_FOUND =
            "That terms of reference or MoU does not exist, or you do not have access to it.";
    public static final String GROUP_NOT_FOUND = "That leadership group does not exist, or you do not have access to it.";

    private final CurrentUser currentUser;

    GovernancePolicy(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The signed-in person. @throws NotAllowedException when nobody is */
    public AccessProfile me() {
        return currentUser.require();
    }

    /** @throws NotAllowedException unless the process engine is the caller */
    public void requireEngine() {
        currentUser.requireEngine();
    }

    public boolean mayRead(AccessProfile me, LeadershipGroup group) {
        return me.teamsInView().contains(group.getTeamId());
    }

    /** @throws NotAllowedException "does not exist, or no access" unless the caller may read the group */
    public void requireRead(AccessProfile me, LeadershipGroup group) {
        if (!mayRead(me, group)) {
            throw new NotAllowedException(GROUP_NOT_FOUND);
        }
    }

    /** @throws NotAllowedException unless the caller leads an INT */
    public void requireMayForm(AccessProfile me) {
        if (!me.isLead()) {
            throw new NotAllowedException("Only an INT lead can form a leadership group.");
        }
    }

    /** @throws NotAllowedException unless the caller leads the group's INT */
    public void requireLead(AccessProfile me, LeadershipGroup group) {
        requireRead(me, group);
        if (!me.leads(group.getTeamId())) {
            throw new NotAllowedException("Only the INT's leads can do this.");
        }
    }

    /** @throws NotAllowedException unless the caller sits on the INT for this organisation */
    public void requireMayNominate(AccessProfile me, LeadershipGroup group, long organisationId) {
        requireRead(me, group);
        if (!me.worksIn(group.getTeamId()) || me.organisationId() == null || me.organisationId() != organisationId) {
            throw new NotAllowedException("Only your organisation's representatives can nominate for it.");
        }
    }

    // ---- terms of reference and MoUs -------------------------------------------------------------------------------

    /** The INT's own people read every version; its ICB's managers only once one is in force. */
    public boolean mayRead(AccessProfile me, org.neighbourhoodportal.governance.domain.Agreement agreement) {
        return me.worksIn(agreement.getTeamId())
                || (me.managesIcbOf(agreement.getTeamId()) && agreement.getInForceVersion() != null);
    }

    /** @throws NotAllowedException "does not exist, or no access" unless the caller may read the agreement */
    public void requireRead(AccessProfile me, org.neighbourhoodportal.governance.domain.Agreement agreement) {
        if (!mayRead(me, agreement)) {
            throw new NotAllowedException(AGREEMENT_NOT_FOUND);
        }
    }

    /** @throws NotAllowedException unless the caller leads the agreement's INT */
    public void requireLead(AccessProfile me, org.neighbourhoodportal.governance.domain.Agreement agreement) {
        requireRead(me, agreement);
        if (!me.leads(agreement.getTeamId())) {
            throw new NotAllowedException("Only the INT's leads can do this.");
        }
    }

    /** @throws NotAllowedException unless the caller sits on the INT for this organisation */
    public void requireMayComment(AccessProfile me, org.neighbourhoodportal.governance.domain.Agreement agreement,
                                  long organisationId) {
        requireRead(me, agreement);
        if (!me.worksIn(agreement.getTeamId()) || me.organisationId() == null || me.organisationId() != organisationId) {
            throw new NotAllowedException("Only your organisation's representatives can comment for it.");
        }
    }

    /**
     * @param designated the organisation's designated signatory in the INT, if any
     * @throws NotAllowedException unless the caller is that person
     */
    public void requireSignatory(AccessProfile me, org.neighbourhoodportal.governance.domain.Agreement agreement,
                                 java.util.Optional<org.neighbourhoodportal.directory.PersonOption> designated,
                                 String organisation) {
        requireRead(me, agreement);
        if (designated.isEmpty() || designated.get().id() != me.personId()) {
            throw new NotAllowedException("Only " + designated.map(p -> p.name() + ", ").orElse("")
                    + organisation + "'s designated signatory, can sign for it.");
        }
    }
}
