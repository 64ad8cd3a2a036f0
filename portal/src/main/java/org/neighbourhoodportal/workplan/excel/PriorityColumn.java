package org.neighbourhoodportal.workplan.excel;

/** The columns of the Priorities sheet, in the order they are written. */
enum PriorityColumn implements Layout.Column {
    ID("ID (do not change)", 11, true, false),
    VERSION("Version (do not change)", 11, true, true),
    TITLE("Title", 42, true, false),
    WHY_IT_MATTERS("Why it matters", 60, true, false),
    LEAD_ORGANISATION("Lead organisation (read only)", 34, false, false),
    LEAD_PERSON("Lead person (read only)", 22, false, false),
    STARTS("Starts", 13, true, false),
    ENDS("Ends", 13, true, false),
    RAG("Status (RAG)", 14, true, false),
    RAG_REASON("Reason for the status", 50, true, false),
    TAGS("Tags (read only)", 50, false, false);

    private final String heading;
    private final int width;
    private final boolean imported;
    private final boolean hidden;

    PriorityColumn(String heading, int width, boolean imported, boolean hidden) {
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
