package org.neighbourhoodportal.consultation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.ConsultationProcess;
import org.springframework.stereotype.Component;

/** Publishes the outcome ("you said, we did") and tells every respondent. */
@Component(ConsultationProcess.DELEGATE_PUBLISH_OUTCOME)
class PublishConsultationOutcomeDelegate implements JavaDelegate {

    private final ConsultationSteps steps;

    PublishConsultationOutcomeDelegate(ConsultationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.outcomePublished((Long) execution.getVariable(ConsultationProcess.VAR_CONSULTATION_ID));
    }
}
