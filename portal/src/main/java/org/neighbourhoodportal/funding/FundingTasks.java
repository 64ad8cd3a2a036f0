package org.neighbourhoodportal.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.neighbourhoodportal.processes.FundingBid;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundTasks;
import org.neighbourhoodportal.workflow.RecordTasks;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/**
 * The tasks of a funding bid, for the feature's views: the lead's steps in the bid's own process, and each
 * organisation's answer in the interest and commitment rounds.
 */
@Component
public class FundingTasks extends RecordTasks {

    private final RoundService rounds;
    private final RoundTasks roundTasks;

    FundingTasks(WorkflowService workflow, RoundService rounds, RoundTasks roundTasks) {
        super(workflow, FundingBid.KEY);
        this.rounds = rounds;
        this.roundTasks = roundTasks;
    }

    /** The signed-in person's open tasks on the bid, in its rounds and its own process. */
    @Override
    public List<WorkItem> yoursOn(long bidId) {
        List<WorkItem> yours = new ArrayList<>(roundTasks.yoursOn(FundingService.INTEREST_ROUND, bidId));
        yours.addAll(roundTasks.yoursOn(FundingService.COMMITMENT_ROUND, bidId));
        yours.addAll(super.yoursOn(bidId));
        return yours;
    }

    @Override
    public boolean isOf(WorkItem task) {
        return bidOf(task).isPresent();
    }

    /** The bid a task is about, if it is one of a bid's tasks the caller may see. */
    public Optional<Long> bidOf(WorkItem task) {
        if (super.isOf(task)) {
            return Optional.of(Long.parseLong(task.businessKey()));
        }
        return rounds.recordOf(FundingService.INTEREST_ROUND, task)
                .or(() -> rounds.recordOf(FundingService.COMMITMENT_ROUND, task));
    }
}
