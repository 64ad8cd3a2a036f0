package org.neighbourhoodportal.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.processes.OrganisationShareOfSeats.IN_ORGANISATION_NAME;
import static org.neighbourhoodportal.processes.OrganisationShareOfSeats.IN_SHARE_PERCENT;
import static org.neighbourhoodportal.processes.OrganisationShareOfSeats.OUT_GAP;
import static org.neighbourhoodportal.processes.OrganisationShareOfSeats.OUT_MAJORITY;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The majority table, rule by rule (issue 12: no organisation holds a majority of the leadership group). */
class OrganisationShareOfSeatsTests {

    private static final DecisionTableTester TABLE =
            DecisionTableTester.of(OrganisationShareOfSeats.RESOURCE, OrganisationShareOfSeats.KEY);

    private static Map<String, Object> share(String name, double percent) {
        return Map.of(IN_ORGANISATION_NAME, name, IN_SHARE_PERCENT, percent);
    }

    @Test
    void more_than_half_of_the_seats_is_a_majority_said_in_plain_english() {
        assertThat(TABLE.single(share("Leicestershire Partnership NHS Trust", 57.1)))
                .containsEntry(OUT_MAJORITY, true)
                .containsEntry(OUT_GAP, "Leicestershire Partnership NHS Trust would hold a majority of the group's "
                        + "seats; no one organisation should.");
    }

    @Test
    void exactly_half_or_less_is_not_a_majority() {
        assertThat(TABLE.single(share("Harborough District Council", 50.0))).containsEntry(OUT_MAJORITY, false)
                .doesNotContainKey(OUT_GAP);
        assertThat(TABLE.single(share("Harborough District Council", 12.5))).containsEntry(OUT_MAJORITY, false);
    }

    @AfterAll
    static void every_rule_was_reached_by_a_test() {
        TABLE.assertEveryRuleWasUsed();
    }
}
