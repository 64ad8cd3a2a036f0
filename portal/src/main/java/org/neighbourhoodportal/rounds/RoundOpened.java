package org.neighbourhoodportal.rounds;

import java.time.Instant;

/** A round was opened (for the record's timeline). */
public record RoundOpened(long roundId, String kind, long recordId, int parties, Instant closesAt, long byPersonId,
                          Instant at) {
}
