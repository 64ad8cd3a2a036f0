package org.neighbourhoodportal.rounds.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.neighbourhoodportal.processes.ResponseRound;
import org.springframework.stereotype.Component;

/** The round's tasks have ended: records it closed, and who is late. Safe to run twice. */
@Component(ResponseRound.DELEGATE_CLOSE_ROUND)
class CloseRoundDelegate implements JavaDelegate {

    private final RoundSteps rounds;

    CloseRoundDelegate(RoundSteps rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.closed((Long) execution.getVariable(ResponseRound.VAR_ROUND_ID));
    }
}
