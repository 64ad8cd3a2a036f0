package org.neighbourhoodportal.feedback;

/** The entries of a feedback item's timeline: {@code name()} is the entry's kind, {@link #label()} its words. */
public enum FeedbackEventKind {
    SUBMITTED("Feedback submitted"),
    ACKNOWLEDGED("Acknowledged"),
    ESCALATED("Acknowledgement overdue – escalated"),
    ROUTED("Routed"),
    ADDED_TO_BACKLOG("Added to the work plan backlog"),
    RESPONSE_WRITTEN("Response written"),
    RESPONSE_PUBLISHED("Response sent to the PPG"),
    CONFIRMED("PPG confirmed it is resolved"),
    REOPENED("Reopened by the PPG"),
    CLOSED("Closed"),
    CLOSED_UNCONFIRMED("Closed – no reply from the PPG in time"),
    WITHDRAWN("Withdrawn");

    private final String label;

    FeedbackEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
