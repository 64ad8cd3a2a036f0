package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.feedback.domain.Proposal;
import org.neighbourhoodportal.feedback.domain.ProposalRepository;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.TimelineAccess;
import org.springframework.stereotype.Component;

/** Who reads a proposal's timeline, decided by {@link FeedbackPolicy}: the INT all of it, an asked PPG the public part. */
@Component
class ProposalTimelineAccess implements TimelineAccess {

    private final ProposalRepository proposals;
    private final FeedbackPolicy policy;

    ProposalTimelineAccess(ProposalRepository proposals, FeedbackPolicy policy) {
        this.proposals = proposals;
        this.policy = policy;
    }

    @Override
    public String recordKind() {
        return FeedbackTimelines.PROPOSAL;
    }

    @Override
    public Sight sight(long proposalId) {
        AccessProfile me = policy.me();
        Proposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> new NotAllowedException(FeedbackPolicy.PROPOSAL_NOT_FOUND));
        policy.requireRead(me, proposal);
        return policy.isInsider(me, proposal.getTeamId()) ? Sight.ALL : Sight.PUBLIC;
    }
}
