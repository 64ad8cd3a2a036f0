package org.neighbourhoodportal.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.processes.BidGoNoGo.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The go/no-go table for joint funding bids, rule by rule (issue 14). */
class BidGoNoGoTests {

    private static final DecisionTableTester TABLE = DecisionTableTester.of(BidGoNoGo.RESOURCE, BidGoNoGo.KEY);

    private static Map<String, Object> bid(int priorities, int days, int partners, boolean matchRequired,
                                           boolean matchOffered) {
        return Map.of(IN_PRIORITIES_SERVED, priorities, IN_WORKING_DAYS_LEFT, days, IN_PARTNERS_INTERESTED, partners,
                IN_MATCH_FUNDING_REQUIRED, matchRequired, IN_MATCH_FUNDING_OFFERED, matchOffered);
    }

    private static List<String> reasons(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> (String) r.get(OUT_REASON)).toList();
    }

    private static boolean go(List<Map<String, Object>> rows) {
        return !rows.isEmpty() && rows.stream().noneMatch(r -> Boolean.TRUE.equals(r.get(OUT_BLOCKS)));
    }

    @Test
    void a_bid_that_fits_the_plan_with_time_partners_and_no_match_funding_needed_is_a_go_with_its_reasons() {
        List<Map<String, Object>> rows = TABLE.evaluate(bid(2, 30, 3, false, false));

        assertThat(go(rows)).isTrue();
        assertThat(reasons(rows)).containsExactlyInAnyOrder("It serves 2 of the work plan's priorities.",
                "30 working days are left before the deadline.", "3 member organisations can take part.");
    }

    @Test
    void a_bid_serving_no_priority_is_a_no_go_said_in_plain_english() {
        List<Map<String, Object>> rows = TABLE.evaluate(bid(0, 30, 3, false, false));

        assertThat(go(rows)).isFalse();
        assertThat(reasons(rows)).contains("It serves none of the work plan's priorities.");
    }

    @Test
    void fewer_than_ten_working_days_is_a_no_go_and_ten_to_nineteen_is_tight_but_allowed() {
        List<Map<String, Object>> late = TABLE.evaluate(bid(1, 9, 3, false, false));
        assertThat(go(late)).isFalse();
        assertThat(reasons(late)).contains(
                "Only 9 working days are left before the deadline; a joint bid needs at least 10.");

        List<Map<String, Object>> tight = TABLE.evaluate(bid(1, 10, 3, false, false));
        assertThat(go(tight)).isTrue();
        assertThat(reasons(tight)).contains("Time is tight: 10 working days are left before the deadline.");
        assertThat(go(TABLE.evaluate(bid(1, 19, 2, false, false)))).isTrue();
    }

    @Test
    void one_partner_alone_is_not_a_joint_bid() {
        List<Map<String, Object>> rows = TABLE.evaluate(bid(1, 30, 1, false, false));

        assertThat(go(rows)).isFalse();
        assertThat(reasons(rows)).contains(
                "Fewer than two member organisations can take part, so it would not be a joint bid.");
    }

    @Test
    void match_funding_asked_for_and_not_offered_is_a_no_go_and_offered_is_a_reason_to_go() {
        List<Map<String, Object>> none = TABLE.evaluate(bid(1, 30, 2, true, false));
        assertThat(go(none)).isFalse();
        assertThat(reasons(none)).contains("The fund asks for match funding and no partner has offered any.");

        List<Map<String, Object>> offered = TABLE.evaluate(bid(1, 30, 2, true, true));
        assertThat(go(offered)).isTrue();
        assertThat(reasons(offered)).contains("Match funding has been offered by a partner.");
    }

    @Test
    void every_shortfall_is_given_not_just_the_first() {
        assertThat(TABLE.evaluate(bid(0, 5, 0, true, false)).stream().filter(r -> Boolean.TRUE.equals(r.get(OUT_BLOCKS))))
                .hasSize(4);
    }

    @AfterAll
    static void every_rule_was_reached_by_a_test() {
        TABLE.assertEveryRuleWasUsed();
    }
}
