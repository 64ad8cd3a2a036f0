package org.neighbourhoodportal.maturity;

import org.neighbourhoodportal.processes.MaturityAssessment;
import org.neighbourhoodportal.rounds.RecordAndRoundTasks;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundTasks;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/**
 * The tasks of an assessment, for the feature's views: each owner's task in the round, and the lead's, owner's and
 * ICB's steps in the assessment's own process.
 */
@Component
public class MaturityTasks extends RecordAndRoundTasks {

    MaturityTasks(WorkflowService workflow, RoundService rounds, RoundTasks roundTasks) {
        super(workflow, MaturityAssessment.KEY, rounds, roundTasks, MaturityService.ROUND_KIND);
    }
}
