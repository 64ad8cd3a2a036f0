package org.neighbourhoodportal.maturity.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.MaturityAssessment;
import org.springframework.stereotype.Component;

/** Publishes the accepted assessment to the team's members. */
@Component(MaturityAssessment.DELEGATE_PUBLISH_ASSESSMENT)
class PublishAssessmentDelegate implements JavaDelegate {

    private final AssessmentSteps steps;

    PublishAssessmentDelegate(AssessmentSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.published((Long) execution.getVariable(MaturityAssessment.VAR_ASSESSMENT_ID));
    }
}
