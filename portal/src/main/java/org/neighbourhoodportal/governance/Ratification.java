package org.neighbourhoodportal.governance;

/** What a later meeting decided about a flagged decision: it stands (ratified) or it does not (rejected). By name. */
public enum Ratification {
    RATIFIED("Ratified", "ratified"),
    REJECTED("Rejected", "rejected");

    private final String label;
    private final String pastTense;

    Ratification(String label, String pastTense) {
        this.label = label;
        this.pastTense = pastTense;
    }

    public String label() {
        return label;
    }

    /** "ratified" or "rejected", as in "ratified at the meeting of 3 March 2027". */
    public String pastTense() {
        return pastTense;
    }
}
