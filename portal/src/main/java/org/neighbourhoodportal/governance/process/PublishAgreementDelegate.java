package org.neighbourhoodportal.governance.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.AgreementProcess;
import org.springframework.stereotype.Component;

/** Puts the signed version in force, tells the members, and sets the review date's timer. */
@Component(AgreementProcess.DELEGATE_PUBLISH)
class PublishAgreementDelegate implements JavaDelegate {

    private final AgreementSteps steps;

    PublishAgreementDelegate(AgreementSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(AgreementProcess.VAR_AGREEMENT_ID);
        execution.setVariable(AgreementProcess.VAR_REVIEW_AT, steps.published(id));
    }
}
