package org.neighbourhoodportal.maturity;

/** Where a maturity self-assessment is, in the words people see. Stored by name. */
public enum AssessmentStatus {
    /** The domain owners record their domains and the lead moderates. */
    WITH_DOMAIN_OWNERS("Being assessed by the team"),
    /** The ICB sent it back with questions: the lead (and domain owners) answer and resubmit. */
    WITH_LEAD("Back with the team with the ICB's questions"),
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
