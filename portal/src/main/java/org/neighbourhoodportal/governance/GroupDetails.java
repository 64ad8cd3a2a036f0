package org.neighbourhoodportal.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.neighbourhoodportal.timeline.TimelineEntry;

/**
 * A leadership group as its page shows it: its seats, each with who was nominated and who sits on it, the gaps the
 * decision tables found, and its history.
 */
public record GroupDetails(long id, String name, String team, GroupStatus status, int termMonths, String gaps,
                           String gapsAcceptedReason, Instant confirmedAt, LocalDate termEndsOn, List<SeatView> seats,
                           List<String> waitingOn, List<TimelineEntry> timeline) {

    /** One seat: its members once confirmed, its nominees before. */
    public record SeatView(String name, boolean core, boolean sponsor, List<Holder> people) {
    }

    /** A person nominated for a seat, by their organisation; {@code appointed} null until the group is confirmed. */
    public record Holder(String name, String organisation, String statement, Boolean appointed) {
    }
}
