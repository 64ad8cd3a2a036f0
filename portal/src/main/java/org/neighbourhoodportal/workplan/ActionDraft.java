package org.neighbourhoodportal.workplan;

import java.time.LocalDate;

/** A new or changed action; {@code id} null for a new one. */
public record ActionDraft(Long id, long priorityId, String title, Long ownerId, LocalDate dueOn, ActionStatus status,
                          int percentComplete, boolean milestone) {
}
