package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.feedback.domain.FeedbackItem;
import org.neighbourhoodportal.feedback.domain.FeedbackItemRepository;
import org.neighbourhoodportal.feedback.domain.Proposal;
import org.neighbourhoodportal.feedback.domain.ProposalRepository;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.TimelineAccess;
import org.neighbourhoodportal.timeline.TimelineAccess.Sight;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reads the timelines of feedback and proposals, decided by {@link FeedbackPolicy}: the INT's people all of it,
 * the PPG the item came from (or that was asked) the lines for everyone, anyone else nothing.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackTimelineAccess {

    @Bean
    TimelineAccess feedbackTimeline(FeedbackItemRepository items, FeedbackPolicy policy) {
        return TimelineAccess.of(FeedbackTimelines.FEEDBACK, id -> {
            AccessProfile me = policy.me();
            FeedbackItem item = items.findById(id)
                    .orElseThrow(() -> new NotAllowedException(FeedbackPolicy.FEEDBACK_NOT_FOUND));
            policy.requireRead(me, item);
            return policy.isInsider(me, item.getTeamId()) ? Sight.ALL : Sight.PUBLIC;
        });
    }

    @Bean
    TimelineAccess proposalTimeline(ProposalRepository proposals, FeedbackPolicy policy) {
        return TimelineAccess.of(FeedbackTimelines.PROPOSAL, id -> {
            AccessProfile me = policy.me();
            Proposal proposal = proposals.findById(id)
                    .orElseThrow(() -> new NotAllowedException(FeedbackPolicy.PROPOSAL_NOT_FOUND));
            policy.requireRead(me, proposal);
            return policy.isInsider(me, proposal.getTeamId()) ? Sight.ALL : Sight.PUBLIC;
        });
    }
}
