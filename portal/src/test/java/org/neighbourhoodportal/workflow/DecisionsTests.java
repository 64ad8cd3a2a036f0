package org.neighbourhoodportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.processes.CoreSeatCoverage;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Decision tables are deployed with the models, and asking one about a record publishes what it decided. */
@PortalTest
@RecordApplicationEvents
class DecisionsTests {

    private static final RecordReference GROUP = new RecordReference("Leadership group: Harborough INT", "groups/1");

    @Autowired Decisions decisions;
    @Autowired ApplicationEvents events;

    private static String gaps(List<Map<String, Object>> rows) {
        List<String> gaps = rows.stream().map(r -> (String) r.get(CoreSeatCoverage.OUT_GAP))
                .filter(Objects::nonNull).toList();
        return gaps.isEmpty() ? "The seat is covered." : String.join(" ", gaps);
    }

    @Test
    void a_decision_about_a_record_is_answered_and_published_in_plain_english() {
        DecisionOutcome outcome = decisions.evaluate(CoreSeatCoverage.KEY, GROUP, Map.of(
                CoreSeatCoverage.IN_SEAT_NAME, "Adult social care", CoreSeatCoverage.IN_SEAT_IS_CORE, true,
                CoreSeatCoverage.IN_NOMINEES, 0), DecisionsTests::gaps);

        assertThat(outcome.single()).containsEntry(CoreSeatCoverage.OUT_COVERED, false);
        assertThat(outcome.inWords()).isEqualTo("Nobody has been nominated for Adult social care, which is a core seat.");
        assertThat(events.stream(DecisionEvaluated.class)).singleElement().satisfies(e -> {
            assertThat(e.record()).isEqualTo(GROUP);
            assertThat(e.decisionKey()).isEqualTo(CoreSeatCoverage.KEY);
            assertThat(e.decisionName()).isEqualTo("Is this seat of the leadership group covered?");
            assertThat(e.outcome()).isEqualTo(outcome.inWords());
        });
    }

    @Test
    void a_covered_seat_is_said_to_be_covered() {
        DecisionOutcome outcome = decisions.evaluate(CoreSeatCoverage.KEY, GROUP, Map.of(
                CoreSeatCoverage.IN_SEAT_NAME, "Lead GP", CoreSeatCoverage.IN_SEAT_IS_CORE, true,
                CoreSeatCoverage.IN_NOMINEES, 2), DecisionsTests::gaps);

        assertThat(outcome.inWords()).isEqualTo("The seat is covered.");
    }

    @Test
    void an_unknown_table_is_refused_and_nothing_is_published() {
        assertThatThrownBy(() -> decisions.evaluate("NoSuchTable", GROUP, Map.of(), rows -> ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NoSuchTable");
        assertThat(events.stream(DecisionEvaluated.class)).isEmpty();
    }
}
