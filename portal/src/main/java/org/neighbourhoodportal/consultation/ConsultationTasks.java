package org.neighbourhoodportal.consultation;

import org.neighbourhoodportal.processes.ConsultationProcess;
import org.neighbourhoodportal.rounds.RecordAndRoundTasks;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundTasks;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/**
 * The tasks of a consultation, for the feature's views: each invited party's response in the round, and the lead's
 * steps in the consultation's own process.
 */
@Component
public class ConsultationTasks extends RecordAndRoundTasks {

    ConsultationTasks(WorkflowService workflow, RoundService rounds, RoundTasks roundTasks) {
        super(workflow, ConsultationProcess.KEY, rounds, roundTasks, ConsultationService.ROUND_KIND);
    }
}
