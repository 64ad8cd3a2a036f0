package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.feedback.domain.FeedbackItem;
import org.neighbourhoodportal.feedback.domain.FeedbackItemRepository;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.TimelineAccess;
import org.springframework.stereotype.Component;

/** Who reads a feedback item's timeline, decided by {@link FeedbackPolicy}: the INT all of it, its PPG the public part. */
@Component
class FeedbackTimelineAccess implements TimelineAccess {

    private final FeedbackItemRepository items;
    private final FeedbackPolicy policy;

    FeedbackTimelineAccess(FeedbackItemRepository items, FeedbackPolicy policy) {
        this.items = items;
        this.policy = policy;
    }

    @Override
    public String recordKind() {
        return FeedbackTimelines.FEEDBACK;
    }

    @Override
    public Sight sight(long feedbackId) {
        AccessProfile me = policy.me();
        FeedbackItem item = items.findById(feedbackId)
                .orElseThrow(() -> new NotAllowedException(FeedbackPolicy.FEEDBACK_NOT_FOUND));
        policy.requireRead(me, item);
        return policy.isInsider(me, item.getTeamId()) ? Sight.ALL : Sight.PUBLIC;
    }
}
