package org.neighbourhoodportal.feedback;

/** A PPG's view, as the give-view-on-proposal form offers it. */
public enum ProposalStance {
    SUPPORT("support", "Supports it"),
    SUPPORT_WITH_CHANGES("support-with-changes", "Supports it with changes"),
    DO_NOT_SUPPORT("do-not-support", "Does not support it");

    private final String formValue;
    private final String label;

    ProposalStance(String formValue, String label) {
        this.formValue = formValue;
        this.label = label;
    }

    public String formValue() {
        return formValue;
    }

    public String label() {
        return label;
    }

    public static ProposalStance fromFormValue(String value) {
        for (ProposalStance stance : values()) {
            if (stance.formValue.equals(value)) {
                return stance;
            }
        }
        throw new IllegalArgumentException("Unknown view " + value);
    }
}
