package org.neighbourhoodportal.workplan;

import java.util.Objects;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what to an INT's work plan: the one place the workplan feature decides it, always about the person
 * signed in now (roles read afresh on each request, see {@link CurrentUser}).
 *
 * <ul>
 *   <li>Reading: the INT's leads and member organisations' representatives, and its ICB's managers.</li>
 *   <li>Changing the plan (priorities, actions, baselines): the INT's leads.</li>
 *   <li>Keeping a priority current (status, updates, risks): its lead person or the INT's leads; an action's owner
 *       changes its status and progress.</li>
 *   <li>Linking records to priorities: people who work in the INT.</li>
 *   <li>The process engine reads every plan (the monthly report's schedule) and adds to a backlog (a routed PPG
 *       feedback item).</li>
 * </ul>
 *
 * Every refusal is a {@link NotAllowedException}; a plan the caller may not read is refused in the same words as one
 * that does not exist.
 */
@Component
public class WorkplanPolicy {

    public static final String PLAN_NOT_FOUND = "That work plan does not exist, or you do not have access to it.";

    private final CurrentUser currentUser;

    WorkplanPolicy(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The signed-in person. @throws NotAllowedException when nobody is */
    public AccessProfile me() {
        return currentUser.require();
    }

    public boolean isEngine() {
        return currentUser.isEngine();
    }

    public boolean mayRead(AccessProfile me, long teamId) {
        return me.teamsInView().contains(teamId);
    }

    /** @throws NotAllowedException "does not exist, or no access" unless the caller may read the team's plans */
    public void requireRead(long teamId) {
        if (!isEngine() && !mayRead(me(), teamId)) {
            throw new NotAllowedException(PLAN_NOT_FOUND);
        }
    }

    /** @throws NotAllowedException unless the caller leads the team */
    public void requireLead(long teamId) {
        if (!me().leads(teamId)) {
            throw new NotAllowedException("Only the INT's leads can change the plan.");
        }
    }

    /** The priority's lead person or the INT's leads keep a priority current. */
    public boolean mayUpdate(AccessProfile me, long teamId, Long priorityLeadPersonId) {
        return me.leads(teamId) || Objects.equals(priorityLeadPersonId, me.personId());
    }

    /** @throws NotAllowedException unless the caller may link records to the team's priorities */
    public void requireWorksIn(long teamId) {
        if (!me().worksIn(teamId)) {
            throw new NotAllowedException("You can only link to your own team's work plan.");
        }
    }

    /** Adding to a backlog: the process engine (a routed feedback item), or the team's leads. */
    public void requireMayAddToBacklog(long teamId) {
        if (!isEngine() && !me().leads(teamId)) {
            throw new NotAllowedException("Only the INT's leads can add to its backlog.");
        }
    }
}
