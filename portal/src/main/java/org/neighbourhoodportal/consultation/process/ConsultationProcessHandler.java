package org.neighbourhoodportal.consultation.process;

import org.neighbourhoodportal.timeline.TimelineRecord;
import java.util.Optional;
import org.neighbourhoodportal.consultation.ConsultationTimelines;
import static org.neighbourhoodportal.processes.ConsultationProcess.*;

import java.util.Collection;
import java.util.Map;
import org.neighbourhoodportal.consultation.ConsultationService;
import org.neighbourhoodportal.workflow.ProcessRecordHandler;
import org.neighbourhoodportal.workflow.RecordReference;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.stereotype.Component;

/** Saves the lead's steps into the consultation's records; the responses come through the round. */
@Component
class ConsultationProcessHandler implements ProcessRecordHandler {

    private final ConsultationService consultations;
    private final ConsultationSteps steps;

    ConsultationProcessHandler(ConsultationService consultations, ConsultationSteps steps) {
        this.consultations = consultations;
        this.steps = steps;
    }

    @Override
    public String processKey() {
        return KEY;
    }

    /** The record's own timeline: the business key is the record's id. */
    @Override
    public Optional<TimelineRecord> timelineRecord(String businessKey) {
        return Optional.of(ConsultationTimelines.of(Long.parseLong(businessKey)));
    }

    @Override
    public Map<String, RecordReference> describe(Collection<String> businessKeys) {
        return ProcessRecordHandler.describeById(businessKeys, consultations::titles, "Consultation: ",
                "consultations/");
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
