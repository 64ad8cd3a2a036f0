package org.neighbourhoodportal.reporting;

import java.time.Instant;
import org.neighbourhoodportal.workplan.Rag;

/**
 * One priority of a highlight report: who was asked to update it, and what they said.
 *
 * @param ownerName  the priority's lead person when the report started, or null when the INT's leads were asked
 * @param ragAtStart its status when the report started
 * @param rag        the status its owner gave, or null when there is no update
 */
public record ReportPriority(long priorityId, String title, Long ownerId, String ownerName, Rag ragAtStart,
                             UpdateState state, Rag rag, String ragReason, String progress, String nextMonth,
                             String learning, String helpNeeded, String issuesRisks, String updatedBy,
                             Instant updatedAt) {

    /** Who was asked, in words: the owner, or "the INT's leads". */
    public String askedWho() {
        return ownerName == null ? "the INT's leads" : ownerName;
    }

    /** The status the report shows: the one given this month, else the one it had when the report started. */
    public Rag currentRag() {
        return rag == null ? ragAtStart : rag;
    }
}
