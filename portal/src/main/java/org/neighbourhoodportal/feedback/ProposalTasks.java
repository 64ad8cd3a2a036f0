package org.neighbourhoodportal.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.neighbourhoodportal.processes.PpgProposalProcess;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundTasks;
import org.neighbourhoodportal.workflow.RecordTasks;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/**
 * The tasks of a proposal, for the feature's views (see {@link RecordTasks}): the lead's decision in the proposal's
 * own process, and each PPG's view in its round of answers.
 */
@Component
public class ProposalTasks extends RecordTasks {

    private final RoundService rounds;
    private final RoundTasks roundTasks;

    ProposalTasks(WorkflowService workflow, RoundService rounds, RoundTasks roundTasks) {
        super(workflow, PpgProposalProcess.KEY);
        this.rounds = rounds;
        this.roundTasks = roundTasks;
    }

    /** The signed-in person's open tasks on the proposal: a view to give for their PPG, or the decision. */
    @Override
    public List<WorkItem> yoursOn(long proposalId) {
        List<WorkItem> yours = new ArrayList<>(roundTasks.yoursOn(ProposalService.ROUND_KIND, proposalId));
        yours.addAll(super.yoursOn(proposalId));
        return yours;
    }

    @Override
    public boolean isOf(WorkItem task) {
        return proposalOf(task).isPresent();
    }

    /** The proposal a task is about, if it is one of a proposal's tasks the caller may see. */
    public Optional<Long> proposalOf(WorkItem task) {
        if (super.isOf(task)) {
            return Optional.of(Long.parseLong(task.businessKey()));
        }
        return rounds.recordOf(ProposalService.ROUND_KIND, task);
    }
}
