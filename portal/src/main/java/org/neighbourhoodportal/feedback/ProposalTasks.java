package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.processes.PpgProposalProcess;
import org.neighbourhoodportal.rounds.RecordAndRoundTasks;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundTasks;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/**
 * The tasks of a proposal, for the feature's views: the lead's decision in the proposal's own process, and each
 * PPG's view in its round of answers.
 */
@Component
public class ProposalTasks extends RecordAndRoundTasks {

    ProposalTasks(WorkflowService workflow, RoundService rounds, RoundTasks roundTasks) {
        super(workflow, PpgProposalProcess.KEY, rounds, roundTasks, ProposalService.ROUND_KIND);
    }
}
