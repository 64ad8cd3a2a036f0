package org.neighbourhoodportal.governance;

import java.util.List;

/** A group's meetings, newest first, and whether the caller may plan one (the INT's leads, once it is confirmed). */
public record GroupMeetings(boolean mayPlan, List<MeetingRow> rows) {
}
