package org.neighbourhoodportal.funding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.FundingBid;
import org.springframework.stereotype.Component;

/** Asks the go/no-go table and records its advice on the bid. */
@Component(FundingBid.DELEGATE_WEIGH_GO_NO_GO)
class WeighGoNoGoDelegate implements JavaDelegate {

    private final FundingSteps steps;

    WeighGoNoGoDelegate(FundingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(FundingBid.VAR_RECOMMENDED_GO, steps.weigh(bidId(execution)));
    }

    private static long bidId(DelegateExecution execution) {
        return (Long) execution.getVariable(FundingBid.VAR_BID_ID);
    }
}
