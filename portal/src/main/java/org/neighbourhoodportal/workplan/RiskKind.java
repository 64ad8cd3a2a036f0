package org.neighbourhoodportal.workplan;

/** A risk may happen; an issue has happened. */
public enum RiskKind {
    RISK("Risk"),
    ISSUE("Issue");

    private final String label;

    RiskKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
