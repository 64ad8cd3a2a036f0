package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.processes.PpgProposalProcess;
import org.neighbourhoodportal.workflow.RecordTasks;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/** The tasks of a proposal's round of responses, for the feature's views (see {@link RecordTasks}). */
@Component
public class ProposalTasks extends RecordTasks {

    ProposalTasks(WorkflowService workflow) {
        super(workflow, PpgProposalProcess.KEY);
    }
}
