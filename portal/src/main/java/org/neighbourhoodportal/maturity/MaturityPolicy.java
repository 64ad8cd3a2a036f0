package org.neighbourhoodportal.maturity;

import java.util.Set;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.maturity.domain.Assessment;
import org.neighbourhoodportal.maturity.domain.DomainEntry;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what to maturity self-assessments: the one place the maturity feature decides it, always about the
 * person signed in now ({@link CurrentUser}, roles read afresh on each request).
 * <ul>
 *   <li>Read: the INT's own people (its leads and member representatives) read its assessments at every stage; the
 *       managers of the INT's ICB read them once submitted to the ICB, and only for the INTs of their own ICB.
 *       Nobody else, including PPG representatives.</li>
 *   <li>Open, moderate, send back, submit, turn a gap into a work plan priority: the INT's leads.</li>
 *   <li>Record a domain (current and target stage, evidence, support needed): that domain's owner only, while the
 *       domain owners are asked or the lead has sent the assessment back.</li>
 *   <li>Comment on a domain and review: the managers of the INT's ICB, while it is with the ICB.</li>
 *   <li>The ICB view across INTs: the managers of that ICB.</li>
 *   <li>Publishing: the process engine only.</li>
 *   <li>Frameworks (drafts, new versions, publishing them): administrators only.</li>
 * </ul>
 * Every refusal is a {@link NotAllowedException}; for an assessment the caller may not read it says the same as for
 * one that does not exist. The PCN Maturity Matrix is a development tool, not performance management (NHS England,
 * 2019): nothing here ranks or totals teams.
 */
@Component
public class MaturityPolicy {

    public static final String NOT_FOUND = "That assessment does not exist, or you do not have access to it.";

    private final CurrentUser currentUser;

    MaturityPolicy(CurrentUser currentUser) {
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

    /** One of the INT's own people: its leads and member representatives. */
    public boolean isInsider(AccessProfile me, long teamId) {
        return me.worksIn(teamId);
    }

    public boolean mayRead(AccessProfile me, Assessment assessment) {
        return isInsider(me, assessment.getTeamId())
                || (me.managesIcbOf(assessment.getTeamId()) && assessment.getSubmittedAt() != null);
    }

    /** @throws NotAllowedException "does not exist, or no access" unless the caller may read it */
    public void requireRead(AccessProfile me, Assessment assessment) {
        if (!mayRead(me, assessment)) {
            throw new NotAllowedException(NOT_FOUND);
        }
    }

    /** Teams whose assessments the caller may list at all (submitted ones only, for the ICB's). */
    public Set<Long> teamsInView(AccessProfile me) {
        return me.teamsInView();
    }

    /** @throws NotAllowedException unless the caller leads the team */
    public void requireMayOpen(AccessProfile me, long teamId) {
        if (!me.leads(teamId)) {
            throw new NotAllowedException("Only the INT's leads can open a maturity self-assessment.");
        }
    }

    public boolean isLead(AccessProfile me, Assessment assessment) {
        return me.leads(assessment.getTeamId());
    }

    /** @throws NotAllowedException unless the caller leads the assessment's INT */
    public void requireLead(AccessProfile me, Assessment assessment) {
        requireRead(me, assessment);
        if (!isLead(me, assessment)) {
            throw new NotAllowedException("Only the INT's leads can do this.");
        }
    }

    public boolean mayRecord(AccessProfile me, Assessment assessment, DomainEntry entry) {
        return isInsider(me, assessment.getTeamId()) && entry.getOwnerId() == me.personId()
                && (assessment.getStatus() == AssessmentStatus.WITH_DOMAIN_OWNERS
                || assessment.getStatus() == AssessmentStatus.WITH_LEAD);
    }

    /** @throws NotAllowedException unless the caller owns this domain and the assessment still takes changes */
    public void requireMayRecord(AccessProfile me, Assessment assessment, DomainEntry entry) {
        requireRead(me, assessment);
        if (!mayRecord(me, assessment, entry)) {
            throw new NotAllowedException(entry.getOwnerId() != me.personId()
                    ? "Only this domain's owner can record it."
                    : "This assessment no longer takes changes.");
        }
    }

    public boolean mayReview(AccessProfile me, Assessment assessment) {
        return me.managesIcbOf(assessment.getTeamId()) && assessment.getStatus() == AssessmentStatus.WITH_ICB;
    }

    /** @throws NotAllowedException unless the caller manages the INT's ICB and the assessment is with the ICB */
    public void requireMayReview(AccessProfile me, Assessment assessment) {
        requireRead(me, assessment);
        if (!mayReview(me, assessment)) {
            throw new NotAllowedException("Only the ICB's managers can comment, while the assessment is with them.");
        }
    }

    /** @throws NotAllowedException unless the caller manages this ICB */
    public void requireIcbManager(AccessProfile me, long icbId) {
        if (!me.managedIcbs().contains(icbId)) {
            throw new NotAllowedException("Only the ICB's managers can see its INTs side by side.");
        }
    }

    /** @throws NotAllowedException unless an administrator is signed in */
    public AccessProfile requireAdministrator() {
        AccessProfile me = me();
        if (!me.administrator()) {
            throw new NotAllowedException("Only administrators can change the maturity frameworks.");
        }
        return me;
    }
}
