package org.neighbourhoodportal.workplan.excel;

/** The columns of the Actions sheet, in the order they are written. */
enum ActionColumn implements Layout.Column {
    ID("ID (do not change)", 11, true, false),
    VERSION("Version (do not change)", 11, true, true),
    PRIORITY_ID("Priority ID", 11, true, false),
    PRIORITY("Priority", 36, true, false),
    TITLE("Action", 52, true, false),
    OWNER("Owner", 24, true, false),
    DUE("Due", 13, true, false),
    STATUS("Status", 14, true, false),
    PERCENT_COMPLETE("% complete", 11, true, false),
    MILESTONE("Milestone", 11, true, false);

    private final String heading;
    private final int width;
    private final boolean imported;
    private final boolean hidden;

    ActionColumn(String heading, int width, boolean imported, boolean hidden) {
        this.heading = heading;
        this.width = width;
        this.imported = imported;
        this.hidden = hidden;
    }

    @Override
    public String heading() {
        return heading;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public boolean imported() {
        return imported;
    }

    @Override
    public boolean hidden() {
        return hidden;
    }
}
