package org.neighbourhoodportal.governance;

/** The lengths of a meeting's texts, shared by the tables, the service's checks and the pages' character counts. */
public final class MeetingLimits {

    public static final int TITLE = 200;
    public static final int LOCATION = 200;
    public static final int ALSO_ATTENDING = 1000;
    public static final int MINUTES = 20000;
    public static final int ITEM_TITLE = 300;
    public static final int INTEREST = 1000;
    public static final int DECISION = 2000;
    public static final int VOTES = 200;
    public static final int FLAG_NOTE = 1000;
    public static final int ACTION = 1000;

    private MeetingLimits() {
    }
}
