package org.neighbourhoodportal.feedback;

import java.time.Instant;

/** One line of the loop's history: who did what, when. Internal lines are never shown to a PPG. */
public record TimelineEntry(Instant at, String who, String what, String detail, boolean internal) {
}
