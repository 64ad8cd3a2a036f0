package org.neighbourhoodportal.rounds;

import java.time.Instant;

/**
 * A round stopped taking answers: everyone answered, the deadline passed, or the lead closed it early.
 *
 * @param byPersonId   the lead who closed it early, or null when it closed by itself
 * @param late         the parties that had not answered
 * @param withItsRecord closed because its record was withdrawn (the record's own timeline line says so)
 */
public record RoundClosed(long roundId, String kind, long recordId, boolean early, String reason, Long byPersonId,
                          int late, boolean withItsRecord, Instant at) {
}
