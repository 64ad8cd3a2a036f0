package org.neighbourhoodportal.governance.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.AgreementProcess;
import org.springframework.stereotype.Component;

/** Checks every member organisation has signed the version sent for sign-off. */
@Component(AgreementProcess.DELEGATE_CHECK_SIGNATURES)
class CheckSignaturesDelegate implements JavaDelegate {

    private final AgreementSteps steps;

    CheckSignaturesDelegate(AgreementSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(AgreementProcess.VAR_AGREEMENT_ID);
        execution.setVariable(AgreementProcess.VAR_ALL_SIGNED, steps.signaturesChecked(id));
    }
}
