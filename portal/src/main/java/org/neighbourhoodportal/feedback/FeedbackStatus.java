package org.neighbourhoodportal.feedback;

/** Where a piece of feedback is, in words a PPG volunteer understands. */
public enum FeedbackStatus {
    SUBMITTED("Waiting to be acknowledged"),
    ACKNOWLEDGED("Being looked at"),
    WITH_ORGANISATION("With a member organisation"),
    RESPONDED("Response sent – waiting for the PPG"),
    REOPENED("Reopened by the PPG"),
    CLOSED("Closed"),
    /** Taken back by the PPG (timeline, issue 8). */
    WITHDRAWN("Withdrawn by the PPG");

    private final String label;

    FeedbackStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
