package org.neighbourhoodportal.workplan;

public record RiskRow(long id, long priorityId, RiskKind kind, String description, int likelihood, int impact,
                      Long ownerId, String ownerName, String mitigation, boolean open) {

    /** Likelihood × impact, 1 to 25. */
    public int score() {
        return likelihood * impact;
    }
}
