package org.neighbourhoodportal.governance;

/** How a meeting took a decision. Stored by name. */
public enum DecisionMethod {
    CONSENSUS("By consensus"),
    VOTE("By a vote"),
    CHAIR("By the chair"),
    SPONSOR("By the senior sponsor");

    private final String label;

    DecisionMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
