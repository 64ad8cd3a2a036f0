package org.neighbourhoodportal.rounds;

import java.time.Instant;

/** The lead chased one party of a round. */
public record RoundChased(long roundId, String kind, long recordId, String partyName, long byPersonId, Instant at) {
}
