package org.neighbourhoodportal.governance.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.AgreementProcess;
import org.springframework.stereotype.Component;

/** Hands the agreement's latest round (comments or signatures) to the round of answers. */
@Component(AgreementProcess.DELEGATE_PREPARE_ROUND)
class PrepareAgreementRoundDelegate implements JavaDelegate {

    private final AgreementSteps steps;

    PrepareAgreementRoundDelegate(AgreementSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(AgreementProcess.VAR_AGREEMENT_ID);
        execution.setVariables(steps.roundInputs(id));
    }
}
