package org.neighbourhoodportal.workflow;

import java.time.Instant;

/**
 * A piece of the portal's background work (a timer, a step run after a pause) that failed at least once, in words an
 * administrator reads.
 *
 * @param id           the work's id, for {@link FailedWorkService#retry} and {@link FailedWorkService#cancel}
 * @param what         the step that failed, e.g. "Start the INT's report"
 * @param process      the process it belongs to, e.g. "Monthly highlight report schedule"
 * @param forRecord    the record or INT it was for, e.g. "Harborough INT"; empty when it is about no one record
 * @param recordRoute  where that record's page is, or empty
 * @param error        what went wrong, as the step said it
 * @param failedAt     when it last failed (null when the history no longer says)
 * @param attemptsLeft how many more times the portal tries on its own; 0 means it waits for an administrator
 * @param nextAttempt  when the next try is due (null when no try is left)
 */
public record FailedWork(String id, String what, String process, String forRecord, String recordRoute, String error,
                         Instant failedAt, int attemptsLeft, Instant nextAttempt) {

    /** Whether the portal has given up and waits for someone to retry or cancel it. */
    public boolean waitsForSomeone() {
        return attemptsLeft <= 0;
    }
}
