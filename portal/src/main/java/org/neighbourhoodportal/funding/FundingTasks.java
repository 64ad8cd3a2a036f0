package org.neighbourhoodportal.funding;

import org.neighbourhoodportal.processes.FundingBid;
import org.neighbourhoodportal.rounds.RecordAndRoundTasks;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundTasks;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/**
 * The tasks of a funding bid, for the feature's views: expressions of interest and partner commitments in its two
 * rounds, and the lead's steps in the bid's own process.
 */
@Component
public class FundingTasks extends RecordAndRoundTasks {

    FundingTasks(WorkflowService workflow, RoundService rounds, RoundTasks roundTasks) {
        super(workflow, FundingBid.KEY, rounds, roundTasks, FundingService.INTEREST_ROUND,
                FundingService.COMMITMENT_ROUND);
    }
}
