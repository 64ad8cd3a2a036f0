package org.neighbourhoodportal.feedback;

import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.feedback.domain.FeedbackItem;
import org.neighbourhoodportal.feedback.domain.Proposal;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what to PPG feedback and proposals: the one place the feedback feature decides it. The services and the
 * process steps ask here, always about the person signed in now (their roles read afresh on each request, see
 * {@link CurrentUser}), never about an actor a caller passes in.
 *
 * <ul>
 *   <li>Feedback: the INT's people (leads, member organisations, the ICB's managers) read their INT's feedback; a PPG
 *       representative reads their PPG's, without internal notes. Only the INT's leads acknowledge and route it; the
 *       leads or the organisation it was referred to respond; the PPG's representatives confirm or reopen it.</li>
 *   <li>Proposals: the INT's people read its proposals; a PPG representative reads those their PPG was asked about.
 *       Only the INT's leads share one and record the decision; only an asked PPG's representatives give its
 *       view.</li>
 *   <li>Withdrawing: only a record's owner, while it is still open: the representative who submitted the feedback
 *       (while they still represent its PPG), the lead who shared the proposal (while they still lead its INT).</li>
 *   <li>What only the process does (escalating, publishing, closing, adding to the backlog) needs the engine as the
 *       caller ({@link CurrentUser#requireEngine()}).</li>
 * </ul>
 *
 * Every refusal is a {@link NotAllowedException}; for a record the caller may not read it says the same as for one
 * that does not exist.
 */
@Component
public class FeedbackPolicy {

    public static final String FEEDBACK_NOT_FOUND = "That feedback does not exist, or you do not have access to it.";
    public static final String PROPOSAL_NOT_FOUND = "That proposal does not exist, or you do not have access to it.";

    private final CurrentUser currentUser;

    FeedbackPolicy(CurrentUser currentUser) {
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

    // ---- feedback --------------------------------------------------------------------------------------------------

    /** One of the INT's own people, who see everything about its feedback (a PPG representative sees less). */
    public boolean isInsider(AccessProfile me, long teamId) {
        return me.teamsInView().contains(teamId);
    }

    public boolean mayRead(AccessProfile me, FeedbackItem item) {
        return isInsider(me, item.getTeamId()) || me.representsPpg(item.getPpgId());
    }

    /** @throws NotAllowedException "does not exist, or no access" unless the caller may read the item */
    public void requireRead(AccessProfile me, FeedbackItem item) {
        if (!mayRead(me, item)) {
            throw new NotAllowedException(FEEDBACK_NOT_FOUND);
        }
    }

    /** Acknowledging, routing and what routing offers: the INT's leads. */
    public void requireLead(AccessProfile me, FeedbackItem item) {
        requireRead(me, item);
        if (!me.leads(item.getTeamId())) {
            throw new NotAllowedException("Only the INT's leads can do this.");
        }
    }

    /** Writing the response: the INT's leads, or the member organisation the feedback was referred to. */
    public void requireResponder(AccessProfile me, FeedbackItem item) {
        requireRead(me, item);
        boolean referredHere = item.getReferredOrganisationId() != null && me.worksIn(item.getTeamId())
                && item.getReferredOrganisationId().equals(me.organisationId());
        if (!me.leads(item.getTeamId()) && !referredHere) {
            throw new NotAllowedException("Only the INT's leads, or the organisation it was referred to, can respond.");
        }
    }

    /** Confirming the loop closed or reopening it: the PPG's representatives. */
    public void requirePpg(AccessProfile me, FeedbackItem item) {
        requireRead(me, item);
        if (!me.representsPpg(item.getPpgId())) {
            throw new NotAllowedException("Only the PPG's representatives can confirm or reopen its feedback.");
        }
    }

    /** Whether the caller owns the item: they submitted it and still represent its PPG. */
    public boolean isOwner(AccessProfile me, FeedbackItem item) {
        return item.getSubmittedBy() == me.personId() && me.representsPpg(item.getPpgId());
    }

    /** Withdrawing feedback: its owner ({@link #isOwner}). */
    public void requireOwner(AccessProfile me, FeedbackItem item) {
        requireRead(me, item);
        if (!isOwner(me, item)) {
            throw new NotAllowedException("Only the representative who sent this feedback can withdraw it.");
        }
    }

    /** Submitting feedback: a PPG representative, for a PPG they represent. */
    public void requireMaySubmit(AccessProfile me) {
        if (!me.isPpgRepresentative()) {
            throw new NotAllowedException("Only PPG representatives can submit feedback.");
        }
    }

    // ---- proposals -------------------------------------------------------------------------------------------------

    /** The caller's PPGs that this proposal asked. */
    public Set<Long> myAskedPpgs(AccessProfile me, Proposal proposal) {
        return proposal.getInvitedPpgs().stream().filter(me::representsPpg).collect(Collectors.toSet());
    }

    public boolean mayRead(AccessProfile me, Proposal proposal) {
        return isInsider(me, proposal.getTeamId()) || !myAskedPpgs(me, proposal).isEmpty();
    }

    /** @throws NotAllowedException "does not exist, or no access" unless the caller may read the proposal */
    public void requireRead(AccessProfile me, Proposal proposal) {
        if (!mayRead(me, proposal)) {
            throw new NotAllowedException(PROPOSAL_NOT_FOUND);
        }
    }

    /** Asking the PPGs: an INT lead. */
    public void requireMayShare(AccessProfile me) {
        if (!me.isLead()) {
            throw new NotAllowedException("Only INT leads can ask PPGs for their view.");
        }
    }

    /** Giving a PPG's view: a representative of that PPG, which the proposal asked. */
    public void requireMayAnswer(AccessProfile me, Proposal proposal, long ppgId) {
        requireRead(me, proposal);
        if (!me.representsPpg(ppgId) || !proposal.getInvitedPpgs().contains(ppgId)) {
            throw new NotAllowedException("Only the PPG's representatives can give its view.");
        }
    }

    /** Whether the caller owns the proposal: they shared it and still lead its INT. */
    public boolean isOwner(AccessProfile me, Proposal proposal) {
        return proposal.getCreatedBy() == me.personId() && me.leads(proposal.getTeamId());
    }

    /** Withdrawing a proposal: its owner ({@link #isOwner}). */
    public void requireOwner(AccessProfile me, Proposal proposal) {
        requireRead(me, proposal);
        if (!isOwner(me, proposal)) {
            throw new NotAllowedException("Only the lead who asked the PPGs can withdraw this proposal.");
        }
    }

    /** Recording the decision: the INT's leads. */
    public void requireLead(AccessProfile me, Proposal proposal) {
        requireRead(me, proposal);
        if (!me.leads(proposal.getTeamId())) {
            throw new NotAllowedException("Only the INT's leads can record the decision.");
        }
    }
}
