package org.neighbourhoodportal.funding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.FundingBid;
import org.springframework.stereotype.Component;

/** Tells the INT's leads and the ICB's managers the bid is not ready by its internal date. */
@Component(FundingBid.DELEGATE_ESCALATE_BID_NOT_READY)
class EscalateBidNotReadyDelegate implements JavaDelegate {

    private final FundingSteps steps;

    EscalateBidNotReadyDelegate(FundingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.notReady(bidId(execution));
    }

    private static long bidId(DelegateExecution execution) {
        return (Long) execution.getVariable(FundingBid.VAR_BID_ID);
    }
}
