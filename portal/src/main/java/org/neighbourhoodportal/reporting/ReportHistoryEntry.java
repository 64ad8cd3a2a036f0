package org.neighbourhoodportal.reporting;

import java.time.Instant;

/** One thing that happened to a report, for its history. */
public record ReportHistoryEntry(Instant at, String who, String what, String detail) {
}
