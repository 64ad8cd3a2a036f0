package org.neighbourhoodportal.feedback.process;

import static org.neighbourhoodportal.processes.PpgProposalProcess.*;

import java.util.Map;
import org.neighbourhoodportal.feedback.FeedbackTimelines;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.workflow.RecordProcessHandler;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.stereotype.Component;

/**
 * Saves the lead's decision into the proposal's records. The PPGs' views come through the round of answers the
 * process calls ({@link ProposalRoundAnswers}).
 */
@Component
class ProposalProcessHandler extends RecordProcessHandler {

    private final ProposalSteps steps;

    ProposalProcessHandler(ProposalService proposals, ProposalSteps steps) {
        super(KEY, FeedbackTimelines::proposal, proposals::titles, "Proposal: ", "proposals/");
        this.steps = steps;
    }

    @Override
    public void taskCompleted(WorkItem task, Map<String, Object> values) {
        long id = Long.parseLong(task.businessKey());
        switch (task.taskKey()) {
            case TASK_RECORD_PROPOSAL_DECISION -> steps.decisionRecorded(id, (String) values.get(VAR_DECISION));
            default -> throw new IllegalStateException("No record-keeping for step " + task.taskKey());
        }
    }
}
