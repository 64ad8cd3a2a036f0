package org.neighbourhoodportal.governance.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.LeadershipGroupFormation;
import org.springframework.stereotype.Component;

/** Asks the decision tables whether every core seat is covered and no organisation holds a majority. */
@Component(LeadershipGroupFormation.DELEGATE_CHECK_CORE_SEATS)
class CheckCoreSeatsDelegate implements JavaDelegate {

    private final LeadershipSteps steps;

    CheckCoreSeatsDelegate(LeadershipSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(LeadershipGroupFormation.VAR_GAPS_FOUND,
                steps.checkSeats((Long) execution.getVariable(LeadershipGroupFormation.VAR_GROUP_ID)));
    }
}
