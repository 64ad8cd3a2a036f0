package org.neighbourhoodportal.rounds;

import java.time.Instant;

/**
 * A party answered a round.
 *
 * @param inWords what they answered in a few words, as the feature put it ({@link RoundAnswers#inWords}), or null
 */
public record RoundAnswered(long roundId, String kind, long recordId, String partyName, long byPersonId,
                            String inWords, Instant at) {
}
