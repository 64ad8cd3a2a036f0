package org.neighbourhoodportal.maturity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.neighbourhoodportal.processes.MaturityAssessment;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundTasks;
import org.neighbourhoodportal.workflow.RecordTasks;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/**
 * The tasks of an assessment, for the feature's views (see {@link RecordTasks}): each owner's task in the round, and
 * the lead's, owner's and ICB's steps in the assessment's own process.
 */
@Component
public class MaturityTasks extends RecordTasks {

    private final RoundService rounds;
    private final RoundTasks roundTasks;

    MaturityTasks(WorkflowService workflow, RoundService rounds, RoundTasks roundTasks) {
        super(workflow, MaturityAssessment.KEY);
        this.rounds = rounds;
        this.roundTasks = roundTasks;
    }

    /** The signed-in person's open tasks on the assessment. */
    @Override
    public List<WorkItem> yoursOn(long assessmentId) {
        List<WorkItem> yours = new ArrayList<>(roundTasks.yoursOn(MaturityService.ROUND_KIND, assessmentId));
        yours.addAll(super.yoursOn(assessmentId));
        return yours;
    }

    @Override
    public boolean isOf(WorkItem task) {
        return assessmentOf(task).isPresent();
    }

    /** The assessment a task is about, if it is one of an assessment's tasks the caller may see. */
    public Optional<Long> assessmentOf(WorkItem task) {
        if (super.isOf(task)) {
            return Optional.of(Long.parseLong(task.businessKey()));
        }
        return rounds.recordOf(MaturityService.ROUND_KIND, task);
    }
}
