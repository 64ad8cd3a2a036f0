package org.neighbourhoodportal.feedback.process;

import static org.neighbourhoodportal.processes.PpgProposalProcess.VAR_COMMENTS;
import static org.neighbourhoodportal.processes.PpgProposalProcess.VAR_PEOPLE_CONSULTED;
import static org.neighbourhoodportal.processes.PpgProposalProcess.VAR_VIEW;

import java.util.Map;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.feedback.ProposalStance;
import org.neighbourhoodportal.rounds.RoundAnswer;
import org.neighbourhoodportal.rounds.RoundAnswers;
import org.springframework.stereotype.Component;

/** Saves each PPG's view, given in the proposal's round of answers, into the proposal's records. */
@Component
class ProposalRoundAnswers implements RoundAnswers {

    private final ProposalSteps steps;

    ProposalRoundAnswers(ProposalSteps steps) {
        this.steps = steps;
    }

    @Override
    public String kind() {
        return ProposalService.ROUND_KIND;
    }

    /** The PPG's stance ("Support", "Oppose" …) on the line the round writes on the proposal's timeline. */
    @Override
    public String inWords(RoundAnswer answer, Map<String, Object> values) {
        return ProposalStance.fromFormValue((String) values.get(VAR_VIEW)).label();
    }

    @Override
    public void answered(RoundAnswer answer, Map<String, Object> values) {
        steps.viewGiven(answer.recordId(), answer.partyId(), ProposalStance.fromFormValue((String) values.get(VAR_VIEW)),
                (String) values.get(VAR_COMMENTS), (Long) values.get(VAR_PEOPLE_CONSULTED));
    }
}
