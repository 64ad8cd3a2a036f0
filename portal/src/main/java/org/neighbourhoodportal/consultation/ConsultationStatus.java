package org.neighbourhoodportal.consultation;

/** Where a consultation is. Stored by name. */
public enum ConsultationStatus {
    DRAFT("Being set up"),
    OPEN("Open for responses"),
    CLOSED("Closed: responses being considered"),
    OUTCOME_PUBLISHED("Outcome published"),
    CLOSED_WITHOUT_RESPONSES("Closed without responses");

    private final String label;

    ConsultationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
