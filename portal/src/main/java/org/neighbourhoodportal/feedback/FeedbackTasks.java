package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.neighbourhoodportal.workflow.RecordTasks;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/** The tasks of a feedback item's loop, for the feature's views (see {@link RecordTasks}). */
@Component
public class FeedbackTasks extends RecordTasks {

    FeedbackTasks(WorkflowService workflow) {
        super(workflow, PpgFeedbackProcess.KEY);
    }

    /**
     * Whether the task is the PPG's "confirm the loop is closed", which closes on its own after the configured wait.
     *
     * @param task any task; tasks of other processes answer false
     */
    public boolean isConfirmation(WorkItem task) {
        return isOf(task) && PpgFeedbackProcess.TASK_CONFIRM_LOOP_CLOSED.equals(task.taskKey());
    }
}
