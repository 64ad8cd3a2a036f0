package org.neighbourhoodportal.governance.process;

import java.util.Map;
import org.neighbourhoodportal.governance.AgreementRounds;
import org.neighbourhoodportal.rounds.RoundAnswer;
import org.neighbourhoodportal.rounds.RoundAnswers;
import org.springframework.stereotype.Component;

/** Records each organisation's signature: only its designated signatory may give it. */
@Component
class SignatureRoundAnswers implements RoundAnswers {

    private final AgreementSteps steps;

    SignatureRoundAnswers(AgreementSteps steps) {
        this.steps = steps;
    }

    @Override
    public String kind() {
        return AgreementRounds.SIGN_KIND;
    }

    @Override
    public void answered(RoundAnswer answer, Map<String, Object> values) {
        values.get("agree");
        steps.signed(answer, (String) values.get("role"));
    }
}
