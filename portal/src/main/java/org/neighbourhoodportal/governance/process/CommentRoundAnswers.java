package org.neighbourhoodportal.governance.process;

import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.governance.AgreementRounds;
import org.neighbourhoodportal.rounds.RoundAnswer;
import org.neighbourhoodportal.rounds.RoundAnswers;
import org.springframework.stereotype.Component;

/** Saves each organisation's comment or "no objection" on a draft ToR or MoU. */
@Component
class CommentRoundAnswers implements RoundAnswers {

    private final AgreementSteps steps;

    CommentRoundAnswers(AgreementSteps steps) {
        this.steps = steps;
    }

    @Override
    public String kind() {
        return AgreementRounds.COMMENT_KIND;
    }

    @Override
    public void answered(RoundAnswer answer, Map<String, Object> values) {
        steps.commented(answer, (String) values.get("stance"), (String) values.get("section"),
                (String) values.get("comment"), Boolean.TRUE.equals(values.get("objection")));
    }

    @Override
    public Map<String, List<Option>> formOptions(long recordId) {
        return Map.of("sections", steps.sectionOptions());
    }
}
