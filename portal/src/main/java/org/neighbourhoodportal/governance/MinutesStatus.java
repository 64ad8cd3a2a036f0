package org.neighbourhoodportal.governance;

/** A meeting's minutes: none yet, a draft, or agreed at a later meeting. Stored by name. */
public enum MinutesStatus {
    NONE("No minutes yet"),
    DRAFT("Draft minutes"),
    AGREED("Minutes agreed");

    private final String label;

    MinutesStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
