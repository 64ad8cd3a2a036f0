package org.neighbourhoodportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.processes.CoreSeatCoverage;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.TimelineRecord;
import org.neighbourhoodportal.timeline.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Decision tables are deployed with the models, and asking one about a record writes what it decided on the record's
 * timeline, credited to who asked, and publishes it.
 */
@PortalTest
@RecordApplicationEvents
class DecisionsTests {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired Decisions decisions;
    @Autowired ApplicationEvents events;
    @Autowired Timeline timeline;
    @Autowired RunAs runAs;

    private final TimelineRecord GROUP = new TimelineRecord("leadership-group", IDS.incrementAndGet());

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
        assertThat(timeline.entries(GROUP, true)).singleElement().satisfies(line -> {
            assertThat(line.what()).isEqualTo("Is this seat of the leadership group covered?");
            assertThat(line.detail()).isEqualTo(outcome.inWords());
            assertThat(line.internal()).as("the team's own, unless the feature says otherwise").isTrue();
            assertThat(line.byPerson()).isFalse();
            assertThat(line.who()).isEqualTo(Decisions.RULES_CHECK);
        });
    }

    @Test
    void a_decision_a_person_asked_for_is_credited_to_them_and_may_be_for_everyone() {
        runAs.person(LEAD, () -> decisions.evaluate(CoreSeatCoverage.KEY, GROUP, Visibility.EVERYONE, Map.of(
                CoreSeatCoverage.IN_SEAT_NAME, "Lead GP", CoreSeatCoverage.IN_SEAT_IS_CORE, true,
                CoreSeatCoverage.IN_NOMINEES, 2), DecisionsTests::gaps));

        assertThat(timeline.entries(GROUP, false)).singleElement().satisfies(line -> {
            assertThat(line.who()).isEqualTo("Helen Carter");
            assertThat(line.byPerson()).isTrue();
            assertThat(line.detail()).isEqualTo("The seat is covered.");
        });
        assertThat(events.stream(DecisionEvaluated.class)).singleElement()
                .satisfies(e -> assertThat(e.by().name()).isEqualTo("Helen Carter"));
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
        assertThat(timeline.entries(GROUP, true)).isEmpty();
    }
}
