package org.neighbourhoodportal.maturity;

/** Where a maturity self-assessment is, in the words people see. Stored by name. */
public enum AssessmentStatus {
    /** The domain owners are recording their domains. */
    WITH_DOMAIN_OWNERS("With the domain owners"),
    /** The INT lead is reading all domains together (or a domain owner answers the lead's question). */
    WITH_LEAD("With the INT lead"),
    /** Submitted: the ICB manager is reviewing it. */
    WITH_ICB("With the ICB for review"),
    /** Accepted by the ICB and shared with the team's members. */
    PUBLISHED("Published");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
