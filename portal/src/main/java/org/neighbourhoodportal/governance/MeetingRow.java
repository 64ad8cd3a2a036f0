package org.neighbourhoodportal.governance;

import java.time.Instant;

/** One meeting in the group's list: when, its minutes, how many decisions and how many of them are flagged. */
public record MeetingRow(long id, String title, Instant startsAt, String location, MinutesStatus minutes,
                         int decisions, int flagged) {
}
