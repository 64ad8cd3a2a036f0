package org.neighbourhoodportal.governance;

import java.time.Instant;
import java.util.List;

/**
 * One decision in a group's decisions log, with whether it was quorate and any conflict, worked out now;
 * {@code settled} when a later meeting ratified or rejected it (it stays flagged: the log shows both).
 */
public record DecisionLogRow(long decisionId, long meetingId, String meeting, Instant startsAt, String item,
                             String decision, String method, String quorum, List<String> conflicts, boolean flagged,
                             String flagNote, MeetingDetails.RatifiesView ratifies,
                             MeetingDetails.Settlement settled) {
}
