package org.neighbourhoodportal.consultation.process;

import org.neighbourhoodportal.consultation.ConsultationTimelines;
import static org.neighbourhoodportal.processes.ConsultationProcess.*;

import java.util.Map;
import org.neighbourhoodportal.consultation.ConsultationService;
import org.neighbourhoodportal.workflow.RecordProcessHandler;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.stereotype.Component;

/** Saves the lead's steps into the consultation's records; the responses come through the round. */
@Component
class ConsultationProcessHandler extends RecordProcessHandler {

    private final ConsultationSteps steps;

    ConsultationProcessHandler(ConsultationService consultations, ConsultationSteps steps) {
        super(KEY, ConsultationTimelines::of, consultations::titles, "Consultation: ", "consultations/");
        this.steps = steps;
    }

    @Override
    public void taskCompleted(WorkItem task, Map<String, Object> values) {
        long id = Long.parseLong(task.businessKey());
        switch (task.taskKey()) {
            case TASK_CODE_RESPONSES -> steps.outcomeWritten(id, (String) values.get(VAR_OUTCOME_SUMMARY));
            case TASK_RECORD_NO_RESPONSES -> steps.noResponsesRecorded(id, (String) values.get(VAR_NO_RESPONSES_NOTE));
            default -> throw new IllegalStateException("No record-keeping for step " + task.taskKey());
        }
    }
}
