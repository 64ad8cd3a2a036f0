package org.neighbourhoodportal.feedback.process;

import static org.neighbourhoodportal.processes.PpgProposalProcess.*;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.neighbourhoodportal.feedback.FeedbackTimelines;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.timeline.TimelineRecord;
import org.neighbourhoodportal.workflow.ProcessRecordHandler;
import org.neighbourhoodportal.workflow.RecordReference;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.stereotype.Component;

/**
 * Saves the lead's decision into the proposal's records. The PPGs' views come through the round of answers the
 * process calls ({@link ProposalRoundAnswers}).
 */
@Component
class ProposalProcessHandler implements ProcessRecordHandler {

    private final ProposalService proposals;
    private final ProposalSteps steps;

    ProposalProcessHandler(ProposalService proposals, ProposalSteps steps) {
        this.proposals = proposals;
        this.steps = steps;
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
    public Optional<TimelineRecord> timelineRecord(String businessKey) {
        return Optional.of(FeedbackTimelines.proposal(Long.parseLong(businessKey)));
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
