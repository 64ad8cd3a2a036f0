package org.neighbourhoodportal.funding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.FundingBid;
import org.springframework.stereotype.Component;

/** Closes a bid the INT decided not to pursue. */
@Component(FundingBid.DELEGATE_CLOSE_NOT_PURSUED)
class CloseNotPursuedDelegate implements JavaDelegate {

    private final FundingSteps steps;

    CloseNotPursuedDelegate(FundingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.closedNotPursued(bidId(execution));
    }

    private static long bidId(DelegateExecution execution) {
        return (Long) execution.getVariable(FundingBid.VAR_BID_ID);
    }
}
