package org.neighbourhoodportal.governance.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.LeadershipGroupFormation;
import org.springframework.stereotype.Component;

/** Tells everyone nominated the outcome, and sets when the lead is reminded the term is ending. */
@Component(LeadershipGroupFormation.DELEGATE_TELL_NOMINEES)
class TellNomineesDelegate implements JavaDelegate {

    private final LeadershipSteps steps;

    TellNomineesDelegate(LeadershipSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(LeadershipGroupFormation.VAR_TERM_REMINDER_AT,
                steps.nomineesTold((Long) execution.getVariable(LeadershipGroupFormation.VAR_GROUP_ID)));
    }
}
