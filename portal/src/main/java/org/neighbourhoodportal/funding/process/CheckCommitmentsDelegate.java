package org.neighbourhoodportal.funding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.FundingBid;
import org.springframework.stereotype.Component;

/** Checks whether every partner committed. */
@Component(FundingBid.DELEGATE_CHECK_COMMITMENTS)
class CheckCommitmentsDelegate implements JavaDelegate {

    private final FundingSteps steps;

    CheckCommitmentsDelegate(FundingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(FundingBid.VAR_ALL_COMMITTED, steps.allCommitted(bidId(execution)));
    }

    private static long bidId(DelegateExecution execution) {
        return (Long) execution.getVariable(FundingBid.VAR_BID_ID);
    }
}
