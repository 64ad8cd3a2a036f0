package org.neighbourhoodportal.maturity;

/** Where a framework version stands: a draft only administrators see, or published and never changed again. */
public enum FrameworkStatus {
    DRAFT("Draft"),
    PUBLISHED("Published");

    private final String label;

    FrameworkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
