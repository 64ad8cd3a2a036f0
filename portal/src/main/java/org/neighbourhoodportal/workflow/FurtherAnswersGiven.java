package org.neighbourhoodportal.workflow;

import java.time.Instant;
import java.util.List;

/**
 * Someone completed a step whose form had fields no feature keeps itself; their answers were kept as further answers
 * on the record. Published in the completing transaction, for a record's history (timeline).
 *
 * @param record  the record, in the portal's words
 * @param answers the answers just given, labelled
 */
public record FurtherAnswersGiven(RecordReference record, String processKey, String businessKey,
                                  List<FurtherAnswer> answers, Instant at) {
}
