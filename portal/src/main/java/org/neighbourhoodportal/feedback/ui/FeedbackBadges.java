package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.component.html.Span;
import org.neighbourhoodportal.feedback.FeedbackStatus;
import org.neighbourhoodportal.ui.Badge;

final class FeedbackBadges {

    private FeedbackBadges() {
    }

    static Span status(FeedbackStatus status, boolean escalated) {
        if (escalated && status == FeedbackStatus.SUBMITTED) {
            return new Badge(status.label() + " – overdue", Badge.Tone.OVERDUE);
        }
        return new Badge(status.label(), status == FeedbackStatus.CLOSED || status == FeedbackStatus.WITHDRAWN ? Badge.Tone.DONE : Badge.Tone.WAITING);
    }
}
