package org.neighbourhoodportal.maturity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.neighbourhoodportal.timeline.TimelineEntry;

/**
 * One assessment as the caller may see it, with the framework version it used (never a newer one).
 *
 * @param waitingOn the steps it is waiting on now, in plain English
 */
public record AssessmentDetails(long id, long teamId, String teamName, String period, AssessmentStatus status,
                                LocalDate closesOn, String openedBy, Instant openedAt, int icbQuestionRounds,
                                FrameworkVersion framework, List<DomainRow> domains, List<String> waitingOn,
                                List<TimelineEntry> timeline, boolean youLead, boolean youMayReview) {

    /**
     * One domain of the assessment.
     *
     * @param current the current stage, null while not recorded
     * @param target  the target stage, null while not recorded
     * @param evidenceLinks the records of the INT linked as evidence, as the reader may see them
     */
    public record DomainRow(long domainId, String code, String domain, long ownerId, String ownerName, Stage current,
                            Stage target, String evidence, String supportNeeded, String leadQuestion,
                            String icbComment, boolean youMayRecord, List<Evidence> evidenceLinks) {

        /** Whether the team aims further than it is now. */
        public boolean hasGap() {
            return current != null && target != null && target.order() > current.order();
        }
    }
}
