package org.neighbourhoodportal.reporting;

import org.neighbourhoodportal.workplan.Rag;

/** What a priority's owner says about it for the month's report. Only the status, progress and next month are required. */
public record OwnerUpdate(Rag rag, String ragReason, String progress, String nextMonth, String learning,
                          String helpNeeded, String issuesRisks) {

    public static final int TEXT_LENGTH = 1000;
}
