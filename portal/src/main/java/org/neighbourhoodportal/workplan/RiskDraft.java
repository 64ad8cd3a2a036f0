package org.neighbourhoodportal.workplan;

/** A new or changed risk or issue; {@code id} null for a new one. */
public record RiskDraft(Long id, long priorityId, RiskKind kind, String description, int likelihood, int impact,
                        Long ownerId, String mitigation, boolean open) {
}
