package org.neighbourhoodportal.workflow;

import java.time.Instant;

/**
 * A decision table was asked about a record and answered. Published in the caller's transaction, for the record's
 * history (timeline): "Is this seat of the leadership group covered? Nobody has been nominated for VCSE, …".
 *
 * @param record       the record, in the portal's words
 * @param decisionKey  the table's id, e.g. {@code CoreSeatCoverage}
 * @param decisionName the table's name as the Modeler shows it, a question in plain English
 * @param outcome      the answer in plain English, as the feature put it
 */
public record DecisionEvaluated(RecordReference record, String decisionKey, String decisionName, String outcome,
                                Instant at) {
}
