package org.neighbourhoodportal.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal as the caller may see it.
 *
 * @param views     the PPG views the caller may read: all for the INT, their own PPG's for a representative
 *                  until the decision is shared
 * @param waitingOn what the process is waiting on now
 */
public record ProposalDetails(long id, String teamName, String title, String proposal, LocalDate closesOn,
                              ProposalStatus status, String decision, Instant decidedAt, String createdBy,
                              Instant createdAt, List<String> invitedPpgs, List<PpgView> views,
                              List<String> waitingOn) {

    public record PpgView(String ppgName, String responder, ProposalStance stance, String comments,
                          Integer peopleConsulted, Instant respondedAt) {
    }
}
