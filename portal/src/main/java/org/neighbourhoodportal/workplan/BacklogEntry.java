package org.neighbourhoodportal.workplan;

import java.time.Instant;

public record BacklogEntry(long id, long teamId, String title, String detail, String sourceKind, Long sourceId,
                           Instant createdAt, Long priorityId) {
}
