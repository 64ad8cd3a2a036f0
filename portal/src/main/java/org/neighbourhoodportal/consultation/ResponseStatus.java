package org.neighbourhoodportal.consultation;

/** Where one invited organisation's or PPG's response is. Stored by name. */
public enum ResponseStatus {
    INVITED("Not started"),
    DRAFT("Being drafted"),
    SUBMITTED("Sent");

    private final String label;

    ResponseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
