package org.neighbourhoodportal.directory;

/**
 * What a person may do, always within a scope: a team for {@link #INT_LEAD} and {@link #MEMBER}, a PPG for
 * {@link #PPG_REPRESENTATIVE}, an ICB for {@link #ICB_MANAGER}; {@link #ADMINISTRATOR} has no scope.
 */
public enum Role {
    INT_LEAD("INT lead"),
    MEMBER("Member"),
    PPG_REPRESENTATIVE("PPG representative"),
    ICB_MANAGER("ICB manager"),
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority: held if the person has this role anywhere. */
    public String authority() {
        return "ROLE_" + name();
    }
}
