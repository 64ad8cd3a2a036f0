package org.neighbourhoodportal.workplan;

/** {@code version}: what a screen that changes the risk sends back, so a stale screen cannot overwrite newer work. */
public record RiskRow(long id, long priorityId, RiskKind kind, String description, int likelihood, int impact,
                      Long ownerId, String ownerName, String mitigation, boolean open, int version) {

    /** Likelihood × impact, 1 to 25. */
    public int score() {
        return likelihood * impact;
    }
}
