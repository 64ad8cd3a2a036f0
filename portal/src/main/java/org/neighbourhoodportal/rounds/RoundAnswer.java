package org.neighbourhoodportal.rounds;

import java.time.Instant;

/** One party's answer, as the round hands it to the feature that asked (see {@link RoundAnswers}). */
public record RoundAnswer(long roundId, long recordId, PartyType partyType, long partyId, long personId,
                          Instant answeredAt) {
}
