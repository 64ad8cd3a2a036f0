package org.neighbourhoodportal.governance;

/** Where a leadership group is in being formed, in the words its page shows. */
public enum GroupStatus {
    NOMINATING("Asking for nominations"),
    GAPS("Gaps to decide on"),
    CONFIRMING("Ready to confirm"),
    CONFIRMED("Confirmed");

    private final String label;

    GroupStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
