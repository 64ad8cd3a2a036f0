package org.neighbourhoodportal.governance;

/** Whether someone attended a meeting. Stored by name. */
public enum AttendanceStatus {
    PRESENT("Present"),
    APOLOGIES("Apologies"),
    ABSENT("Absent");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
