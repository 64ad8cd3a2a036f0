package org.neighbourhoodportal.feedback.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.springframework.stereotype.Component;

/** Puts the feedback on the team's work plan backlog. */
@Component(PpgFeedbackProcess.DELEGATE_ADD_TO_BACKLOG)
class AddToBacklogDelegate implements JavaDelegate {

    private final FeedbackSteps feedback;

    AddToBacklogDelegate(FeedbackSteps feedback) {
        this.feedback = feedback;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object priority = execution.getVariable(PpgFeedbackProcess.VAR_PRIORITY_ID);
        feedback.addedToBacklog((Long) execution.getVariable(PpgFeedbackProcess.VAR_FEEDBACK_ID),
                priority == null ? null : Long.valueOf(priority.toString()));
    }
}
