package org.neighbourhoodportal.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.processes.CoreSeatCoverage.IN_NOMINEES;
import static org.neighbourhoodportal.processes.CoreSeatCoverage.IN_SEAT_IS_CORE;
import static org.neighbourhoodportal.processes.CoreSeatCoverage.IN_SEAT_NAME;
import static org.neighbourhoodportal.processes.CoreSeatCoverage.OUT_COVERED;
import static org.neighbourhoodportal.processes.CoreSeatCoverage.OUT_GAP;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The core-seat coverage table, rule by rule (issue 12: forming a leadership group). */
class CoreSeatCoverageTests {

    private static final DecisionTableTester TABLE =
            DecisionTableTester.of(CoreSeatCoverage.RESOURCE, CoreSeatCoverage.KEY);

    private static Map<String, Object> seat(String name, boolean core, int nominees) {
        return Map.of(IN_SEAT_NAME, name, IN_SEAT_IS_CORE, core, IN_NOMINEES, nominees);
    }

    @Test
    void a_core_seat_nobody_was_nominated_for_is_a_gap_said_in_plain_english() {
        Map<String, Object> outcome = TABLE.single(seat("Adult social care", true, 0));

        assertThat(outcome).containsEntry(OUT_COVERED, false)
                .containsEntry(OUT_GAP, "Nobody has been nominated for Adult social care, which is a core seat.");
    }

    @Test
    void a_core_seat_with_one_nominee_or_more_is_covered() {
        assertThat(TABLE.single(seat("Lead GP", true, 1))).containsEntry(OUT_COVERED, true)
                .doesNotContainKey(OUT_GAP);
        assertThat(TABLE.single(seat("Lead GP", true, 3))).containsEntry(OUT_COVERED, true);
    }

    @Test
    void a_seat_that_is_not_core_is_never_a_gap() {
        assertThat(TABLE.single(seat("Children and young people", false, 0))).containsEntry(OUT_COVERED, true)
                .doesNotContainKey(OUT_GAP);
        assertThat(TABLE.single(seat("Children and young people", false, 2))).containsEntry(OUT_COVERED, true);
    }

    @Test
    void a_seat_without_its_inputs_matches_no_rule_rather_than_getting_a_wrong_answer() {
        assertThat(TABLE.evaluate(Map.of(IN_SEAT_NAME, "VCSE"))).isEmpty();
    }

    @AfterAll
    static void every_rule_was_reached_by_a_test() {
        TABLE.assertEveryRuleWasUsed();
    }
}
