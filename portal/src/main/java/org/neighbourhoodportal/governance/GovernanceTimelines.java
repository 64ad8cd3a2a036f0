package org.neighbourhoodportal.governance;

import org.neighbourhoodportal.timeline.TimelineRecord;

/** The governance feature's records on the shared timeline, and the names of the steps no person takes. */
public final class GovernanceTimelines {

    public static final String LEADERSHIP_GROUP = "leadership-group";
    /** The kind of the nominations' rounds of answers; their record is the call for nominations. */
    public static final String NOMINATION_ROUND_KIND = "leadership-nominations";

    private GovernanceTimelines() {
    }

    public static TimelineRecord group(long groupId) {
        return new TimelineRecord(LEADERSHIP_GROUP, groupId);
    }

    public static String route(long groupId) {
        return "governance/groups/" + groupId;
    }
}
