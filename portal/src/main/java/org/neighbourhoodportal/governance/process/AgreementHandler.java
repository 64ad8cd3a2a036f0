package org.neighbourhoodportal.governance.process;

import static org.neighbourhoodportal.processes.AgreementProcess.*;

import java.time.LocalDate;
import java.util.Map;
import org.neighbourhoodportal.governance.AgreementService;
import org.neighbourhoodportal.workflow.RecordProcessHandler;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.stereotype.Component;

/**
 * Saves the lead's steps on a ToR or MoU (revising, asking again for signatures). Comments and signatures come
 * through the rounds ({@link CommentRoundAnswers}, {@link SignatureRoundAnswers}).
 */
@Component
class AgreementHandler extends RecordProcessHandler {

    private final AgreementSteps steps;

    AgreementHandler(AgreementService agreements, AgreementSteps steps) {
        super(KEY, AgreementService::record, agreements::titles, "", "governance/agreements/");
        this.steps = steps;
    }

    @Override
    public Map<String, Object> prefill(WorkItem task) {
        if (TASK_REVISE_DRAFT.equals(task.taskKey())) {
            return steps.latestValues(Long.parseLong(task.businessKey()));
        }
        return Map.of();
    }

    @Override
    public void taskCompleted(WorkItem task, Map<String, Object> values) {
        long id = Long.parseLong(task.businessKey());
        switch (task.taskKey()) {
            case TASK_REVISE_DRAFT -> {
                values.keySet().forEach(values::get); // every field is saved in the version
                steps.revised(id, values);
            }
            case TASK_RESOLVE_MISSING_SIGNATURES -> steps.missingSignaturesAskedAgain(id,
                    (LocalDate) values.get("closesOn"));
            default -> throw new IllegalStateException("No record-keeping for step " + task.taskKey());
        }
    }
}
