package org.neighbourhoodportal.rounds;

import java.time.Instant;

/** A party answered a round. */
public record RoundAnswered(long roundId, String kind, long recordId, String partyName, long byPersonId,
                            Instant at) {
}
