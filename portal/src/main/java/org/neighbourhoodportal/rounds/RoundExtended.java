package org.neighbourhoodportal.rounds;

import java.time.Instant;

/** The lead moved a round's deadline. */
public record RoundExtended(long roundId, String kind, long recordId, Instant from, Instant to, long byPersonId,
                            Instant at) {
}
