package org.neighbourhoodportal.rounds;

/** Where one party asked stands. Stored by name (20 characters): never rename a constant. */
public enum PartyState {
    /** Asked, not answered yet, and the round is open. */
    ASKED("Waiting for an answer"),
    ANSWERED("Answered"),
    /** The deadline passed before it answered. */
    LATE("Did not answer by the deadline"),
    /** The lead closed the round early before it answered. */
    CLOSED("Round closed before it answered");

    private final String label;

    PartyState(String label) {
        this.label = label;
    }

    /** In plain English, for the round panel. */
    public String label() {
        return label;
    }
}
