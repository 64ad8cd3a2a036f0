package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.feedback.domain.FeedbackItemRepository;
import org.neighbourhoodportal.feedback.domain.ProposalRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.timeline.TimelineAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reads the timelines of feedback and proposals, decided by {@link FeedbackPolicy}: the INT's people all of it,
 * the PPG the item came from (or that was asked) the lines for everyone, anyone else nothing.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackTimelineAccess {

    @Bean
    TimelineAccess feedbackTimeline(FeedbackItemRepository items, FeedbackPolicy policy, CurrentUser currentUser) {
        return TimelineAccess.of(FeedbackTimelines.FEEDBACK, currentUser, items::findById, policy::mayRead,
                (me, item) -> policy.isInsider(me, item.getTeamId()), FeedbackPolicy.FEEDBACK_NOT_FOUND);
    }

    @Bean
    TimelineAccess proposalTimeline(ProposalRepository proposals, FeedbackPolicy policy, CurrentUser currentUser) {
        return TimelineAccess.of(FeedbackTimelines.PROPOSAL, currentUser, proposals::findById, policy::mayRead,
                (me, proposal) -> policy.isInsider(me, proposal.getTeamId()), FeedbackPolicy.PROPOSAL_NOT_FOUND);
    }
}
