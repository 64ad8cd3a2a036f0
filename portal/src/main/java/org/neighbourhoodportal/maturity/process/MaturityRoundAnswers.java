package org.neighbourhoodportal.maturity.process;

import java.util.Map;
import org.neighbourhoodportal.maturity.MaturityService;
import org.neighbourhoodportal.rounds.RoundAnswer;
import org.neighbourhoodportal.rounds.RoundAnswers;
import org.springframework.stereotype.Component;

/**
 * A domain owner's answer in the assessment's round: their domains are recorded on the assessment's page; the
 * answer says they are done (refused while one of theirs is blank).
 */
@Component
class MaturityRoundAnswers implements RoundAnswers {

    private final AssessmentSteps steps;

    MaturityRoundAnswers(AssessmentSteps steps) {
        this.steps = steps;
    }

    @Override
    public String kind() {
        return MaturityService.ROUND_KIND;
    }

    @Override
    public void answered(RoundAnswer answer, Map<String, Object> values) {
        steps.ownerFinished(answer.recordId(), answer.partyId(), (String) values.get("noteToLead"));
    }
}
