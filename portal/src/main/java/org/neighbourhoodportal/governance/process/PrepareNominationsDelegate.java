package org.neighbourhoodportal.governance.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.LeadershipGroupFormation;
import org.springframework.stereotype.Component;

/** Hands the group's latest call for nominations to the round of answers. */
@Component(LeadershipGroupFormation.DELEGATE_PREPARE_NOMINATIONS)
class PrepareNominationsDelegate implements JavaDelegate {

    private final LeadershipSteps steps;

    PrepareNominationsDelegate(LeadershipSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(steps.roundInputs((Long) execution.getVariable(LeadershipGroupFormation.VAR_GROUP_ID)));
    }
}
