package org.neighbourhoodportal.feedback.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.PpgProposalProcess;
import org.springframework.stereotype.Component;

/** Shares the INT's decision with every PPG that was asked. */
@Component(PpgProposalProcess.DELEGATE_PUBLISH_PROPOSAL_OUTCOME)
class PublishProposalOutcomeDelegate implements JavaDelegate {

    private final ProposalSteps proposals;

    PublishProposalOutcomeDelegate(ProposalSteps proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposals.outcomePublished((Long) execution.getVariable(PpgProposalProcess.VAR_PROPOSAL_ID));
    }
}
