package org.neighbourhoodportal.workflow;

import java.util.List;
import java.util.Map;

/**
 * What a decision table answered.
 *
 * @param rows    one map of outputs per matched rule, by output name; empty when no rule matched
 * @param inWords the answer in plain English, as recorded on the record's history
 */
public record DecisionOutcome(String decisionKey, String decisionName, List<Map<String, Object>> rows,
                              String inWords) {

    public DecisionOutcome {
        rows = List.copyOf(rows);
    }

    /** The one row a UNIQUE or FIRST table answered. */
    public Map<String, Object> single() {
        if (rows.size() != 1) {
            throw new IllegalStateException(decisionKey + " answered " + rows.size() + " rows, expected one");
        }
        return rows.get(0);
    }
}
