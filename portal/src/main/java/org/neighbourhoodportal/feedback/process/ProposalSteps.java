package org.neighbourhoodportal.feedback.process;

import java.time.Clock;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.feedback.FeedbackPolicy;
import org.neighbourhoodportal.feedback.FeedbackTimelines;
import org.neighbourhoodportal.feedback.ProposalStance;
import org.neighbourhoodportal.feedback.domain.Proposal;
import org.neighbourhoodportal.feedback.domain.ProposalRepository;
import org.neighbourhoodportal.feedback.domain.ProposalResponse;
import org.neighbourhoodportal.feedback.domain.ProposalResponseRepository;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each step of the proposal process records. Package-private: only this package's handler (the signed-in
 * person's step) and delegate (the engine's) call it.
 */
@Component
@Transactional
class ProposalSteps {

    private final ProposalRepository proposals;
    private final ProposalResponseRepository responses;
    private final FeedbackPolicy policy;
    private final Timeline timeline;
    private final Clock clock;

    /** The engine's step, credited on the timeline by this name. */
    static final String SHARE_OUTCOME_STEP = "Sharing the decision with the PPGs";

    ProposalSteps(ProposalRepository proposals, ProposalResponseRepository responses, FeedbackPolicy policy,
                  Timeline timeline, Clock clock) {
        this.proposals = proposals;
        this.responses = responses;
        this.policy = policy;
        this.timeline = timeline;
        this.clock = clock;
    }

    void viewGiven(long proposalId, long ppgId, ProposalStance stance, String comments, Long peopleConsulted) {
        AccessProfile me = policy.me();
        Proposal proposal = load(proposalId);
        policy.requireMayAnswer(me, proposal, ppgId);
        if (responses.findByProposalIdAndPpgId(proposalId, ppgId).isPresent()) {
            throw new IllegalStateException("This PPG has already given its view.");
        }
        responses.save(new ProposalResponse(proposalId, ppgId, me.personId(), stance.formValue(), comments,
                peopleConsulted == null ? null : Math.toIntExact(peopleConsulted), clock.instant()));
        // the round writes the line on the timeline ("… answered"), with the stance in words (ProposalRoundAnswers)
    }

    void decisionRecorded(long proposalId, String decision) {
        AccessProfile me = policy.me();
        Proposal proposal = load(proposalId);
        policy.requireLead(me, proposal);
        proposal.decide(decision, clock.instant());
        timeline.append(FeedbackTimelines.proposal(proposalId), Credit.person(me), "DECIDED", "Decision recorded",
                null, Visibility.INTERNAL);
    }

    /** Shares the decision with every PPG asked. Safe to run twice. */
    void outcomePublished(long proposalId) {
        policy.requireEngine();
        Proposal proposal = load(proposalId);
        if (proposal.getStatus() == org.neighbourhoodportal.feedback.ProposalStatus.PUBLISHED) {
            return;
        }
        proposal.publish();
        timeline.append(FeedbackTimelines.proposal(proposalId), Credit.step(SHARE_OUTCOME_STEP), "PUBLISHED",
                "Decision shared with the PPGs", proposal.getDecision(), Visibility.EVERYONE);
    }

    private Proposal load(long proposalId) {
        return proposals.findById(proposalId)
                .orElseThrow(() -> new NotAllowedException(FeedbackPolicy.PROPOSAL_NOT_FOUND));
    }
}
