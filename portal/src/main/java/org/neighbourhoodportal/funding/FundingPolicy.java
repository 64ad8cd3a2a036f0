package org.neighbourhoodportal.funding;

import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.funding.domain.FundingBid;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a funding bid: the one place the funding feature decides it, about the person signed in now.
 *
 * <ul>
 *   <li>Reading a bid and the pipeline: the INT's leads and member organisations' representatives, and its ICB's
 *       managers (who read, and change nothing).</li>
 *   <li>Logging an opportunity, deciding go or no-go, naming the lead partner, approving, submitting, recording the
 *       outcome and reopening a lost bid: the INT's leads.</li>
 *   <li>Committing an organisation to a bid: only that organisation's designated signatory in the INT
 *       ({@link DirectoryAdministration#signatoryOf}).</li>
 *   <li>The process engine runs the steps no person takes.</li>
 * </ul>
 */
@Component
public class FundingPolicy {

    public static final String NOT_FOUND = "That funding bid does not exist, or you do not have access to it.";

    private final CurrentUser currentUser;
    private final DirectoryAdministration administration;

    FundingPolicy(CurrentUser currentUser, DirectoryAdministration administration) {
        this.currentUser = currentUser;
        this.administration = administration;
    }

    /** The signed-in person. @throws NotAllowedException when nobody is */
    public AccessProfile me() {
        return currentUser.require();
    }

    public boolean mayRead(AccessProfile me, FundingBid bid) {
        return me.teamsInView().contains(bid.getTeamId());
    }

    /** @throws NotAllowedException "does not exist, or no access" unless the caller may read the bid */
    public void requireRead(AccessProfile me, FundingBid bid) {
        if (!mayRead(me, bid)) {
            throw new NotAllowedException(NOT_FOUND);
        }
    }

    /** @throws NotAllowedException unless the caller leads the bid's INT */
    public void requireLead(AccessProfile me, FundingBid bid) {
        requireRead(me, bid);
        if (!me.leads(bid.getTeamId())) {
            throw new NotAllowedException("Only the INT's leads can do this step of a funding bid.");
        }
    }

    /** @throws NotAllowedException unless the caller leads an INT */
    public void requireMayLog(AccessProfile me) {
        if (!me.isLead()) {
            throw new NotAllowedException("Only an INT's leads can log a funding opportunity.");
        }
    }

    /**
     * @throws NotAllowedException unless the caller is the organisation's designated signatory in the bid's INT
     */
    public void requireSignatory(AccessProfile me, FundingBid bid, long organisationId, String organisationName) {
        boolean signs = administration.signatoryOf(bid.getTeamId(), organisationId)
                .map(p -> p.id() == me.personId()).orElse(false);
        if (!signs) {
            throw new NotAllowedException("Only " + organisationName + "'s designated signatory can commit it to "
                    + "this bid. Ask them to answer, or ask the INT lead to name the signatory on My team.");
        }
    }

    /** @throws NotAllowedException unless the process engine is running a step */
    public void requireEngine() {
        currentUser.requireEngine();
    }
}
