package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.neighbourhoodportal.workflow.RecordTasks;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/** The tasks of a feedback item's loop, for the feature's views (see {@link RecordTasks}). */
@Component
public class FeedbackTasks extends RecordTasks {

    FeedbackTasks(WorkflowService workflow) {
        super(workflow, PpgFeedbackProcess.KEY);
    }
}
