package org.neighbourhoodportal.funding.process;

import java.util.Map;
import org.neighbourhoodportal.funding.FundingService;
import org.neighbourhoodportal.funding.domain.FundingPartner;
import org.neighbourhoodportal.rounds.RoundAnswer;
import org.neighbourhoodportal.rounds.RoundAnswers;
import org.springframework.stereotype.Component;

/**
 * Saves each partner's commitment, given in the bid's commitment round. The round offers the task to the
 * organisation's people in the INT; only its designated signatory may complete it (checked in
 * {@link FundingSteps#committed}), so anyone else is told who must answer.
 */
@Component
class CommitmentRoundAnswers implements RoundAnswers {

    private final FundingSteps steps;

    CommitmentRoundAnswers(FundingSteps steps) {
        this.steps = steps;
    }

    @Override
    public String kind() {
        return FundingService.COMMITMENT_ROUND;
    }

    @Override
    public void answered(RoundAnswer answer, Map<String, Object> values) {
        steps.committed(answer.recordId(), answer.partyId(), FundingPartner.COMMITTED.equals(values.get("commitment")),
                values.get("committedMoney") == null ? null : ((Number) values.get("committedMoney")).longValue(),
                (String) values.get("committedStaff"), (String) values.get("commitmentNotes"));
    }
}
