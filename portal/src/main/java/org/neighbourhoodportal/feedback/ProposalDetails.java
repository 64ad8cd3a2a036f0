package org.neighbourhoodportal.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.neighbourhoodportal.timeline.TimelineEntry;

/**
 * A proposal as the caller may see it.
 *
 * @param views     the PPG views the caller may read: all for the INT, their own PPG's for a representative
 *                  until the decision is shared
 * @param waitingOn what the process is waiting on now
 * @param timeline  what happened to it, as the caller may see it (the INT everything, a PPG the public lines)
 * @param mayWithdraw the caller shared it and it is still open, so they may withdraw it
 */
public record ProposalDetails(long id, String teamName, String title, String proposal, LocalDate closesOn,
                              ProposalStatus status, String decision, Instant decidedAt, String createdBy,
                              Instant createdAt, List<String> invitedPpgs, List<PpgView> views,
                              List<String> waitingOn, List<TimelineEntry> timeline, boolean mayWithdraw) {

    public record PpgView(String ppgName, String responder, ProposalStance stance, String comments,
                          Integer peopleConsulted, Instant respondedAt) {
    }
}
