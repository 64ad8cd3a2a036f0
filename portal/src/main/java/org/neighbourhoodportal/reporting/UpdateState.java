package org.neighbourhoodportal.reporting;

/** What happened to the update asked of one priority's owner for one report. */
public enum UpdateState {
    WAITING("Waiting for the update"),
    UPDATED("Updated"),
    NOT_UPDATED("Not updated in time"),
    /** The priority was complete (blue) when the report started, so its owner was not asked. */
    NOT_ASKED("Complete – not asked");

    private final String label;

    UpdateState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
