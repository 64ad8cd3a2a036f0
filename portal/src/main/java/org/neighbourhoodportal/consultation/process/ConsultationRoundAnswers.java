package org.neighbourhoodportal.consultation.process;

import java.util.Map;
import org.neighbourhoodportal.consultation.ConsultationRefusedException;
import org.neighbourhoodportal.consultation.ConsultationService;
import org.neighbourhoodportal.rounds.RoundAnswer;
import org.neighbourhoodportal.rounds.RoundAnswers;
import org.springframework.stereotype.Component;

/**
 * An organisation's or PPG's task in the consultation's round: its representatives drafted the answers on the
 * consultation's page; completing the task sends them as the one response for the organisation.
 */
@Component
class ConsultationRoundAnswers implements RoundAnswers {

    private final ConsultationSteps steps;

    ConsultationRoundAnswers(ConsultationSteps steps) {
        this.steps = steps;
    }

    @Override
    public String kind() {
        return ConsultationService.ROUND_KIND;
    }

    @Override
    public void answered(RoundAnswer answer, Map<String, Object> values) {
        if (!Boolean.TRUE.equals(values.get("confirmResponse"))) {
            throw new ConsultationRefusedException("Please tick the box to send your response.");
        }
        steps.responseSent(answer.recordId(), answer.partyType(), answer.partyId());
    }
}
