package org.neighbourhoodportal.accounts;

/** Where an invitation is, in the administrator's words. */
public enum InvitationStatus {
    WAITING("Waiting for the person"),
    USED("Accepted: password set"),
    EXPIRED("Expired"),
    WITHDRAWN("Withdrawn or replaced");

    private final String label;

    InvitationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
