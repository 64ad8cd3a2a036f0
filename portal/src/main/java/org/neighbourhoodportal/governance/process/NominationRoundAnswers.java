package org.neighbourhoodportal.governance.process;

import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.governance.GovernanceTimelines;
import org.neighbourhoodportal.rounds.RoundAnswer;
import org.neighbourhoodportal.rounds.RoundAnswers;
import org.springframework.stereotype.Component;

/** Saves each organisation's nominations, given in a call for nominations (a round of answers), into the group. */
@Component
class NominationRoundAnswers implements RoundAnswers {

    private final LeadershipSteps steps;

    NominationRoundAnswers(LeadershipSteps steps) {
        this.steps = steps;
    }

    @Override
    public String kind() {
        return GovernanceTimelines.NOMINATION_ROUND_KIND;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void answered(RoundAnswer answer, Map<String, Object> values) {
        Object seats = values.get("seats");
        steps.nominated(answer, seats == null ? List.of() : (List<String>) seats, (String) values.get("nomineeId"),
                (String) values.get("statement"));
    }

    @Override
    public Map<String, List<Option>> formOptions(long callId) {
        return Map.of("seats", steps.seatOptions(callId), "nominees", steps.nomineeOptions(callId));
    }
}
