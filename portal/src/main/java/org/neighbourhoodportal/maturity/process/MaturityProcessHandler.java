package org.neighbourhoodportal.maturity.process;

import org.neighbourhoodportal.maturity.MaturityTimelines;
import static org.neighbourhoodportal.processes.MaturityAssessment.*;

import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.maturity.MaturityService;
import org.neighbourhoodportal.workflow.RecordProcessHandler;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.stereotype.Component;

/**
 * Saves the lead's moderation, the owner's answer to the lead and the ICB's review into the assessment's records. The
 * owners' first answers come through the round of answers the process calls ({@link MaturityRoundAnswers}).
 */
@Component
class MaturityProcessHandler extends RecordProcessHandler {

    static final String OWNER_OPTIONS = "owners";

    private final MaturityService maturity;
    private final AssessmentSteps steps;

    MaturityProcessHandler(MaturityService maturity, AssessmentSteps steps) {
        super(KEY, MaturityTimelines::assessment, maturity::titles, "Maturity self-assessment: ", "maturity/");
        this.maturity = maturity;
        this.steps = steps;
    }

    @Override
    public Map<String, List<Option>> formOptions(WorkItem task) {
        if (!TASK_MODERATE_ASSESSMENT.equals(task.taskKey())) {
            return Map.of();
        }
        return Map.of(OWNER_OPTIONS, steps.owners(Long.parseLong(task.businessKey())).stream()
                .map(o -> new Option(o.group(), o.label())).toList());
    }

    @Override
    public void taskCompleted(WorkItem task, Map<String, Object> values) {
        long id = Long.parseLong(task.businessKey());
        switch (task.taskKey()) {
            case TASK_MODERATE_ASSESSMENT -> {
                String answerToIcb = (String) values.get("answerToIcb");
                if (MODERATION_SEND_BACK.equals(values.get(VAR_MODERATION))) {
                    steps.sentBack(id, (String) values.get(VAR_RETURN_TO), (String) values.get("question"),
                            answerToIcb);
                } else {
                    steps.submitted(id, answerToIcb);
                }
            }
            case TASK_ANSWER_LEAD_QUESTION -> steps.leadQuestionAnswered(id, (String) values.get("reply"));
            case TASK_REVIEW_ASSESSMENT -> steps.reviewed(id, REVIEW_ACCEPT.equals(values.get(VAR_REVIEW)),
                    (String) values.get("comments"));
            default -> throw new IllegalStateException("No record-keeping for step " + task.taskKey());
        }
    }
}
