package org.neighbourhoodportal.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.neighbourhoodportal.processes.ConsultationProcess;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundTasks;
import org.neighbourhoodportal.workflow.RecordTasks;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/** The tasks of a consultation: each organisation's response in its round, and the lead's steps. */
@Component
public class ConsultationTasks extends RecordTasks {

    private final RoundService rounds;
    private final RoundTasks roundTasks;

    ConsultationTasks(WorkflowService workflow, RoundService rounds, RoundTasks roundTasks) {
        super(workflow, ConsultationProcess.KEY);
        this.rounds = rounds;
        this.roundTasks = roundTasks;
    }

    /** The signed-in person's open tasks on the consultation: a response to send, or the lead's outcome. */
    @Override
    public List<WorkItem> yoursOn(long consultationId) {
        List<WorkItem> yours = new ArrayList<>(roundTasks.yoursOn(ConsultationService.ROUND_KIND, consultationId));
        yours.addAll(super.yoursOn(consultationId));
        return yours;
    }

    @Override
    public boolean isOf(WorkItem task) {
        return consultationOf(task).isPresent();
    }

    /** The consultation a task is about, if it is one of a consultation's tasks the caller may see. */
    public Optional<Long> consultationOf(WorkItem task) {
        if (super.isOf(task)) {
            return Optional.of(Long.parseLong(task.businessKey()));
        }
        return rounds.recordOf(ConsultationService.ROUND_KIND, task);
    }
}
