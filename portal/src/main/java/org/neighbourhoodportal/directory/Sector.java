package org.neighbourhoodportal.directory;

/** The part of the system an organisation belongs to, as INTs describe their membership. */
public enum Sector {
    GENERAL_PRACTICE("General practice"),
    PRIMARY_CARE_NETWORK("Primary care network"),
    COMMUNITY_HEALTH("Community health"),
    MENTAL_HEALTH("Mental health"),
    ACUTE_CARE("Hospital care"),
    ADULT_SOCIAL_CARE("Adult social care"),
    PUBLIC_HEALTH("Public health"),
    LOCAL_AUTHORITY("Local authority"),
    VCSE("Voluntary, community and social enterprise"),
    HEALTHWATCH("Healthwatch"),
    ICB("Integrated care board"),
    EMERGENCY_SERVICES("Emergency services"),
    OTHER("Other");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
