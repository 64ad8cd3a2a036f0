package org.neighbourhoodportal.feedback.process;

import java.time.Clock;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.feedback.FeedbackPolicy;
import org.neighbourhoodportal.feedback.ProposalStance;
import org.neighbourhoodportal.feedback.domain.Proposal;
import org.neighbourhoodportal.feedback.domain.ProposalRepository;
import org.neighbourhoodportal.feedback.domain.ProposalResponse;
import org.neighbourhoodportal.feedback.domain.ProposalResponseRepository;
import org.neighbourhoodportal.security.NotAllowedException;
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
    private final Clock clock;

    ProposalSteps(ProposalRepository proposals, ProposalResponseRepository responses, FeedbackPolicy policy,
                  Clock clock) {
        this.proposals = proposals;
        this.responses = responses;
        this.policy = policy;
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
    }

    void decisionRecorded(long proposalId, String decision) {
        AccessProfile me = policy.me();
        Proposal proposal = load(proposalId);
        policy.requireLead(me, proposal);
        proposal.decide(decision, clock.instant());
    }

    /** Shares the decision with every PPG asked. Safe to run twice. */
    void outcomePublished(long proposalId) {
        policy.requireEngine();
        load(proposalId).publish();
    }

    private Proposal load(long proposalId) {
        return proposals.findById(proposalId)
                .orElseThrow(() -> new NotAllowedException(FeedbackPolicy.PROPOSAL_NOT_FOUND));
    }
}
