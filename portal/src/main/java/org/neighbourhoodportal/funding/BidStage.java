package org.neighbourhoodportal.funding;

/** Where a funding bid is, as the pipeline board's columns say it. Stored by name. */
public enum BidStage {
    INTEREST("Expressions of interest"),
    GO_NO_GO("Go or no-go"),
    PARTNERS("Naming the lead partner"),
    COMMITMENTS("Partners committing"),
    DRAFTING("Drafting and approval"),
    SUBMITTED("Submitted"),
    WON("Won"),
    LOST("Lost"),
    NOT_PURSUED("Not pursued");

    private final String label;

    BidStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the bid has ended (won, lost or not pursued). */
    public boolean isClosed() {
        return this == WON || this == LOST || this == NOT_PURSUED;
    }
}
