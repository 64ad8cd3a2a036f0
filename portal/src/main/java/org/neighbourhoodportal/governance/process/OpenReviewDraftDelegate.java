package org.neighbourhoodportal.governance.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.AgreementProcess;
import org.springframework.stereotype.Component;

/** On the review date, opens a new draft from the version in force. */
@Component(AgreementProcess.DELEGATE_OPEN_REVIEW_DRAFT)
class OpenReviewDraftDelegate implements JavaDelegate {

    private final AgreementSteps steps;

    OpenReviewDraftDelegate(AgreementSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(AgreementProcess.VAR_AGREEMENT_ID);
        steps.reviewDraftOpened(id);
    }
}
