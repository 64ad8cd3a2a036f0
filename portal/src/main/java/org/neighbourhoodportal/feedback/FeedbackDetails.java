package org.neighbourhoodportal.feedback;

import java.time.Instant;
import java.util.List;
import org.neighbourhoodportal.timeline.TimelineEntry;

/**
 * A feedback item as the caller may see it. For a PPG representative the internal parts (routing, the draft
 * response, internal timeline lines) are left out.
 *
 * @param waitingOn the steps the loop is waiting on now, in plain words; empty once closed
 * @param reopenedBecause what the PPG said still needs to happen, when it reopened the item after the last response
 *                        it was sent (that response is then no longer the answer); null otherwise
 * @param mayWithdraw     the caller owns it and it is still open, so they may withdraw it
 */
public record FeedbackDetails(
        long id,
        String summary,
        String theme,
        String patientsSaid,
        boolean mayContact,
        String teamName,
        String ppgName,
        String submittedBy,
        FeedbackStatus status,
        String route,
        String referredTo,
        String response,
        Instant submittedAt,
        Instant acknowledgeDue,
        Instant responsePublishedAt,
        Instant closedAt,
        boolean escalated,
        List<TimelineEntry> timeline,
        List<String> waitingOn,
        String reopenedBecause,
        boolean mayWithdraw) {

    /** The PPG reopened it and has not been sent a new response yet. */
    public boolean isReopened() {
        return reopenedBecause != null;
    }
}
