package org.neighbourhoodportal.funding.process;

import java.util.Map;
import org.neighbourhoodportal.funding.FundingService;
import org.neighbourhoodportal.rounds.RoundAnswer;
import org.neighbourhoodportal.rounds.RoundAnswers;
import org.springframework.stereotype.Component;

/** Saves each member organisation's expression of interest, given in the bid's interest round. */
@Component
class InterestRoundAnswers implements RoundAnswers {

    private final FundingSteps steps;

    InterestRoundAnswers(FundingSteps steps) {
        this.steps = steps;
    }

    @Override
    public String kind() {
        return FundingService.INTEREST_ROUND;
    }

    @Override
    public void answered(RoundAnswer answer, Map<String, Object> values) {
        steps.interestExpressed(answer.recordId(), answer.partyId(), "yes".equals(values.get("interested")),
                (String) values.get("role"), (String) values.get("contribution"),
                values.get("matchFunding") == null ? null : ((Number) values.get("matchFunding")).longValue());
    }
}
