package org.neighbourhoodportal.workplan;

/**
 * A new or changed risk or issue; {@code id} null for a new one. {@code version} is the version the screen was opened
 * with (null for a new one); a save against any other version is refused.
 */
public record RiskDraft(Long id, long priorityId, RiskKind kind, String description, int likelihood, int impact,
                        Long ownerId, String mitigation, boolean open, Integer version) {
}
