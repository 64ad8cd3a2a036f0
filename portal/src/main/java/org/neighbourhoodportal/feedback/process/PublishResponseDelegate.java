package org.neighbourhoodportal.feedback.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.springframework.stereotype.Component;

/** Sends the response to the PPG ("you said, we did"). */
@Component(PpgFeedbackProcess.DELEGATE_PUBLISH_RESPONSE)
class PublishResponseDelegate implements JavaDelegate {

    private final FeedbackSteps feedback;

    PublishResponseDelegate(FeedbackSteps feedback) {
        this.feedback = feedback;
    }

    @Override
    public void execute(DelegateExecution execution) {
        feedback.responsePublished((Long) execution.getVariable(PpgFeedbackProcess.VAR_FEEDBACK_ID));
    }
}
