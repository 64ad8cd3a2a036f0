package org.neighbourhoodportal.governance.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.LeadershipGroupFormation;
import org.springframework.stereotype.Component;

/** Tells the INT's leads the group's term of office ends soon. */
@Component(LeadershipGroupFormation.DELEGATE_REMIND_TERM_END)
class RemindTermEndDelegate implements JavaDelegate {

    private final LeadershipSteps steps;

    RemindTermEndDelegate(LeadershipSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.termEndingSoon((Long) execution.getVariable(LeadershipGroupFormation.VAR_GROUP_ID));
    }
}
