package org.neighbourhoodportal.feedback.process;

import static org.neighbourhoodportal.processes.PpgProposalProcess.*;

import java.util.Collection;
import java.util.Map;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.feedback.FeedbackPolicy;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.feedback.ProposalStance;
import org.neighbourhoodportal.workflow.ProcessRecordHandler;
import org.neighbourhoodportal.workflow.RecordReference;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.stereotype.Component;

/** Saves each PPG's view, and the lead's decision, into the proposal's records. */
@Component
class ProposalProcessHandler implements ProcessRecordHandler {

    private final ProposalService proposals;
    private final ProposalSteps steps;
    private final FeedbackPolicy policy;

    ProposalProcessHandler(ProposalService proposals, ProposalSteps steps, FeedbackPolicy policy) {
        this.proposals = proposals;
        this.steps = steps;
        this.policy = policy;
    }

    @Override
    public String processKey() {
        return KEY;
    }

    @Override
    public Map<String, RecordReference> describe(Collection<String> businessKeys) {
        return ProcessRecordHandler.describeById(businessKeys, proposals::titles, "Proposal: ", "proposals/");
    }

    @Override
    public void taskCompleted(WorkItem task, Map<String, Object> values) {
        long id = Long.parseLong(task.businessKey());
        switch (task.taskKey()) {
            case TASK_GIVE_VIEW_ON_PROPOSAL -> steps.viewGiven(id, ppgOf(task, policy.me()),
                    ProposalStance.fromFormValue((String) values.get(VAR_VIEW)), (String) values.get(VAR_COMMENTS),
                    (Long) values.get(VAR_PEOPLE_CONSULTED));
            case TASK_RECORD_PROPOSAL_DECISION -> steps.decisionRecorded(id, (String) values.get(VAR_DECISION));
            default -> throw new IllegalStateException("No record-keeping for step " + task.taskKey());
        }
    }

    /** The PPG whose task this is: the one of the caller's PPGs that the task was offered to. */
    private static long ppgOf(WorkItem task, AccessProfile actor) {
        return actor.ppgTeams().keySet().stream()
                .filter(ppg -> task.candidateGroups().contains(WorkGroups.ppg(ppg)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("This task was not offered to any of your PPGs."));
    }
}
