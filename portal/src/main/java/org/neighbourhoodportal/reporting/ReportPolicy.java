package org.neighbourhoodportal.reporting;

import java.util.Objects;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.reporting.domain.HighlightReport;
import org.neighbourhoodportal.reporting.domain.HighlightReportPriority;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what to highlight reports: the one place the reporting feature decides it, always about the person
 * signed in now (roles read afresh on each request), never about an actor a caller passes in.
 *
 * <ul>
 *   <li>An INT's leads start, compile, approve and read every report of their INT, drafts included.</li>
 *   <li>Its members and its ICB's managers read its published reports, and see the titles of its drafts (an owner's
 *       update task names the report it is for).</li>
 *   <li>A priority's owner gives that priority's update for the report they were asked about; for a priority without
 *       a lead person, any of the INT's leads does.</li>
 *   <li>What only the process does (asking, reminding, closing the round, publishing, the monthly start) needs the
 *       engine as the caller.</li>
 * </ul>
 *
 * Every refusal is a {@link NotAllowedException}; a report the caller may not read is refused in the same words as one
 * that does not exist.
 */
@Component
public class ReportPolicy {

    public static final String NOT_FOUND = "That report does not exist, or you do not have access to it.";

    private final CurrentUser currentUser;

    ReportPolicy(CurrentUser currentUser) {
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

    public boolean isEngine() {
        return currentUser.isEngine();
    }

    /** The INT's leads read every report of it; its members and ICB managers only what is published. */
    public boolean mayRead(AccessProfile me, HighlightReport report) {
        return me.leads(report.getTeamId())
                || (me.teamsInView().contains(report.getTeamId()) && report.getStatus() == ReportStatus.PUBLISHED);
    }

    /** The INT's own people may see that a report exists and its title, draft or not. */
    public boolean mayKnowOf(AccessProfile me, HighlightReport report) {
        return me.teamsInView().contains(report.getTeamId());
    }

    /** @throws NotAllowedException "does not exist, or no access" unless the caller may read the report */
    public void requireRead(AccessProfile me, HighlightReport report) {
        if (!mayRead(me, report)) {
            throw new NotAllowedException(NOT_FOUND);
        }
    }

    /** Starting, compiling and approving: the INT's leads. */
    public void requireLead(AccessProfile me, long teamId) {
        if (!me.leads(teamId)) {
            throw new NotAllowedException("Only the INT's leads can start, compile and approve its highlight report.");
        }
    }

    /** The owner asked for this priority's update, or one of the INT's leads. */
    public void requireAsked(AccessProfile me, HighlightReportPriority row, HighlightReport report) {
        boolean asked = Objects.equals(row.getOwnerId(), me.personId()) || me.leads(report.getTeamId());
        if (!asked) {
            throw new NotAllowedException("This update was asked of " + row.getOwnerName() + ".");
        }
    }
}
