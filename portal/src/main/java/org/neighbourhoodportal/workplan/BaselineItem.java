package org.neighbourhoodportal.workplan;

import java.time.LocalDate;

/** What a priority ({@code action} false) or an action looked like when a baseline was taken. */
public record BaselineItem(boolean action, long itemId, String title, LocalDate startsOn, LocalDate endsOn, Rag rag,
                           ActionStatus status) {
}
