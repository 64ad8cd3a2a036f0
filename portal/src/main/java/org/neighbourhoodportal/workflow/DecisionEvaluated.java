package org.neighbourhoodportal.workflow;

import java.time.Instant;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.TimelineRecord;

/**
 * A decision table was asked about a record and answered: "Is this seat of the leadership group covered? Nobody has
 * been nominated for VCSE, …". Published in the caller's transaction, once the answer is on the record's timeline.
 *
 * @param record       the record whose timeline shows the answer
 * @param decisionKey  the table's id, e.g. {@code CoreSeatCoverage}
 * @param decisionName the table's name as the Modeler shows it, a question in plain English
 * @param outcome      the answer in plain English, as the feature put it
 * @param by           who asked: the person whose action asked, or the rules check when a process step did
 */
public record DecisionEvaluated(TimelineRecord record, String decisionKey, String decisionName, String outcome,
                                Credit by, Instant at) {
}
