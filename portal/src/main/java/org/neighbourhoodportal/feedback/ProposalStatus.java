package org.neighbourhoodportal.feedback;

public enum ProposalStatus {
    OPEN("Waiting for PPG views"),
    DECIDED("Decision recorded"),
    PUBLISHED("Decision shared with the PPGs"),
    /** Taken back by the lead who shared it (timeline, issue 8). */
    WITHDRAWN("Withdrawn");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
