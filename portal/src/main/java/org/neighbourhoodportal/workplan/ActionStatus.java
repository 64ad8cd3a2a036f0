package org.neighbourhoodportal.workplan;

public enum ActionStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    BLOCKED("Blocked"),
    DONE("Done"),
    CANCELLED("Cancelled");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinished() {
        return this == DONE || this == CANCELLED;
    }
}
