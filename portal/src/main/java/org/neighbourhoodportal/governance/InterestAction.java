package org.neighbourhoodportal.governance;

/**
 * What someone who declared an interest in an agenda item did about its decision. Stored by name. Whether that was
 * allowed depends on the conflicts rule of the ToR in force ({@link QuorumCheck}).
 */
public enum InterestAction {
    LEFT("Left the room for the item"),
    STAYED_OUT("Stayed, took no part in the decision"),
    TOOK_PART("Took part in the decision");

    private final String label;

    InterestAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
