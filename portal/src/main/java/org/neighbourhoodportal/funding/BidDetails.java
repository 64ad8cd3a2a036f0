package org.neighbourhoodportal.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.neighbourhoodportal.timeline.TimelineEntry;

/**
 * One bid as its page shows it.
 *
 * @param priorities     the titles of the work plan priorities it would serve
 * @param waitingOn      the steps it waits on now, in plain English
 * @param mayReopen      the caller may reopen this lost bid as a new opportunity
 */
public record BidDetails(long id, long teamId, String teamName, String title, String funder, String fund,
                         long amountSought, String eligibility, LocalDate deadline, boolean matchFundingRequired,
                         LocalDate interestClosesOn, BidStage stage, String recommendation,
                         String recommendationReasons, String goDecision, String overrideReason, String leadPartner,
                         LocalDate draftDueOn, LocalDate approvalDueOn, LocalDate submittedOn,
                         String funderReference, String submissionNote, String outcome, Long amountAwarded,
                         String feedback, String lessons, String closedReason, Long wonPriorityId,
                         Long reopenedFromId, String createdBy, Instant createdAt, List<String> priorities,
                         List<Partner> partners, List<String> waitingOn, List<TimelineEntry> timeline,
                         boolean mayReopen) {

    /** One organisation asked: its interest, and its commitment. */
    public record Partner(String organisation, Boolean interested, String role, String contribution,
                          Long matchFunding, String commitment, Long committedMoney, String committedStaff,
                          String commitmentNotes, String committedBy) {
    }
}
