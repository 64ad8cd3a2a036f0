package org.neighbourhoodportal.rounds.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.ResponseRound;
import org.springframework.stereotype.Component;

/** The round closes soon: tells every party that has not answered. */
@Component(ResponseRound.DELEGATE_REMIND_OUTSTANDING)
class RemindOutstandingDelegate implements JavaDelegate {

    private final RoundSteps rounds;

    RemindOutstandingDelegate(RoundSteps rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.remindOutstanding((Long) execution.getVariable(ResponseRound.VAR_ROUND_ID));
    }
}
