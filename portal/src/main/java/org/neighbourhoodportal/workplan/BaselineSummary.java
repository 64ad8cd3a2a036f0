package org.neighbourhoodportal.workplan;

import java.time.Instant;

public record BaselineSummary(long id, long planId, String name, Instant takenAt, String takenBy) {
}
