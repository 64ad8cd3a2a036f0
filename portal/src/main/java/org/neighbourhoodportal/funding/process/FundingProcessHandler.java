package org.neighbourhoodportal.funding.process;

import org.neighbourhoodportal.funding.FundingTimelines;
import static org.neighbourhoodportal.processes.FundingBid.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.funding.FundingService;
import org.neighbourhoodportal.workflow.RecordProcessHandler;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.stereotype.Component;

/**
 * Saves each of the lead's steps of a funding bid into the bid's records. The organisations' answers come through
 * the two rounds the process calls ({@link InterestRoundAnswers}, {@link CommitmentRoundAnswers}). Naming the lead
 * partner opens the commitment round and hands its variables to the process on the task being completed.
 */
@Component
class FundingProcessHandler extends RecordProcessHandler {

    private final FundingService funding;
    private final FundingSteps steps;
    private final TaskService tasks;

    FundingProcessHandler(FundingService funding, FundingSteps steps, TaskService tasks) {
        super(KEY, FundingTimelines::bid, funding::titles, "Funding bid: ", "funding/");
        this.funding = funding;
        this.steps = steps;
        this.tasks = tasks;
    }

    @Override
    public Map<String, List<Option>> formOptions(WorkItem task) {
        if (TASK_NAME_LEAD_PARTNER.equals(task.taskKey())) {
            return steps.interestedOptions(Long.parseLong(task.businessKey()));
        }
        return Map.of();
    }

    @Override
    public void taskCompleted(WorkItem task, Map<String, Object> values) {
        long id = Long.parseLong(task.businessKey());
        switch (task.taskKey()) {
            case TASK_DECIDE_GO_NO_GO -> steps.decided(id, (String) values.get(VAR_GO_AHEAD),
                    (String) values.get("overrideReason"));
            case TASK_NAME_LEAD_PARTNER -> tasks.setVariables(task.id(), steps.leadNamed(id,
                    Long.parseLong((String) values.get("leadOrganisationId")),
                    (LocalDate) values.get("commitmentsDueOn"),
                    ((Number) values.get("draftWorkingDays")).intValue(),
                    ((Number) values.get("approvalWorkingDays")).intValue()));
            case TASK_REVIEW_WITHDRAWALS -> steps.withdrawalsReviewed(id, (String) values.get(VAR_CARRY_ON),
                    (String) values.get("stopReason"));
            case TASK_DRAFT_BID -> steps.drafted(id, (String) values.get("draftNote"));
            case TASK_APPROVE_BID -> steps.approvalGiven(id, (String) values.get(VAR_APPROVAL),
                    (String) values.get("approvalComments"));
            case TASK_SUBMIT_BID -> steps.submitted(id, (LocalDate) values.get("submittedOn"),
                    (String) values.get("funderReference"), (String) values.get("submissionNote"));
            case TASK_RECORD_OUTCOME -> steps.outcomeRecorded(id, (String) values.get(VAR_OUTCOME),
                    values.get("amountAwarded") == null ? null : ((Number) values.get("amountAwarded")).longValue(),
                    (String) values.get("feedback"), (String) values.get("lessons"),
                    (String) values.get("priorityTitle"), (String) values.get("fundedActions"),
                    Arrays.asList((LocalDate) values.get("firstReportDue"), (LocalDate) values.get("secondReportDue"),
                            (LocalDate) values.get("finalReportDue")));
            default -> throw new IllegalStateException("No record-keeping for step " + task.taskKey());
        }
    }
}
