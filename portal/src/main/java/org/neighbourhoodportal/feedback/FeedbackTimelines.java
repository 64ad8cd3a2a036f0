package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.timeline.TimelineRecord;

/**
 * The feedback feature's records on the shared timeline ({@link org.neighbourhoodportal.timeline.Timeline}): their
 * kinds, and the names of the steps no person takes, as a timeline credits them.
 */
public final class FeedbackTimelines {

    public static final String FEEDBACK = "feedback";
    public static final String PROPOSAL = "proposal";

    /** The longest reason an owner may give for withdrawing a record; shared by the service and the dialog. */
    public static final int WITHDRAW_REASON_LENGTH = 1000;

    private FeedbackTimelines() {
    }

    public static TimelineRecord feedback(long feedbackId) {
        return new TimelineRecord(FEEDBACK, feedbackId);
    }

    public static TimelineRecord proposal(long proposalId) {
        return new TimelineRecord(PROPOSAL, proposalId);
    }
}
