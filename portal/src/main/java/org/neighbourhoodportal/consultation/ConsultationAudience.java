package org.neighbourhoodportal.consultation;

/** Who a consultation invites. Stored by name. */
public enum ConsultationAudience {
    MEMBER_ORGANISATIONS("Member organisations"),
    PPGS("Patient participation groups"),
    BOTH("Member organisations and PPGs");

    private final String label;

    ConsultationAudience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean organisations() {
        return this != PPGS;
    }

    public boolean ppgs() {
        return this != MEMBER_ORGANISATIONS;
    }
}
