package org.neighbourhoodportal.feedback;

/** What the feedback list is narrowed to; any part may be null for "all". */
public record FeedbackFilter(Long teamId, Long ppgId, FeedbackStatus status, String theme) {

    public static FeedbackFilter all() {
        return new FeedbackFilter(null, null, null, null);
    }
}
