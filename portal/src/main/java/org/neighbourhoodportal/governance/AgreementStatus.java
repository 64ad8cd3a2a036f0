package org.neighbourhoodportal.governance;

/** Where a ToR or MoU is, in the words its page shows. Stored by name: never rename a constant. */
public enum AgreementStatus {
    COMMENTING("Out for comment"),
    REVISING("Being revised"),
    SIGNING("Out for signature"),
    SIGNATURES_MISSING("Signatures missing"),
    IN_FORCE("In force"),
    REVIEW_DRAFT("In force, review draft open");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
