package org.neighbourhoodportal.workplan;

import java.time.LocalDate;

/**
 * A new or changed action; {@code id} null for a new one. {@code version} is the version the screen was opened with
 * (null for a new action); a save against any other version is refused.
 */
public record ActionDraft(Long id, long priorityId, String title, Long ownerId, LocalDate dueOn, ActionStatus status,
                          int percentComplete, boolean milestone, Integer version) {
}
