package org.neighbourhoodportal.feedback.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.springframework.stereotype.Component;

/** Closes the loop, confirmed by the PPG or not answered in time. */
@Component(PpgFeedbackProcess.DELEGATE_CLOSE_FEEDBACK)
class CloseFeedbackDelegate implements JavaDelegate {

    private final FeedbackSteps feedback;

    CloseFeedbackDelegate(FeedbackSteps feedback) {
        this.feedback = feedback;
    }

    @Override
    public void execute(DelegateExecution execution) {
        feedback.closed((Long) execution.getVariable(PpgFeedbackProcess.VAR_FEEDBACK_ID));
    }
}
