package org.neighbourhoodportal.reporting;

/** Where a month's highlight report has got to. */
public enum ReportStatus {
    COLLECTING_UPDATES("Waiting for updates"),
    COMPILING("Being compiled"),
    AWAITING_APPROVAL("Waiting for approval"),
    PUBLISHED("Published");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
