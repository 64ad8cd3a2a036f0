package org.neighbourhoodportal.workflow;

import java.time.Instant;

/**
 * A task someone has to do, in the portal's own words: no engine types leave the workflow package.
 *
 * @param subject   what the task is about, in the words of the record it belongs to
 * @param recordRoute the portal route of that record, e.g. {@code feedback/12}
 * @param assigneeId  the person id of whoever has picked it up, or null while it is open to the group
 * @param candidateGroups the work groups the task is offered to (see {@code directory.WorkGroups})
 */
public record WorkItem(
        String id,
        String name,
        String taskKey,
        String processKey,
        String businessKey,
        String formKey,
        String subject,
        String recordRoute,
        Instant created,
        Instant due,
        Long assigneeId,
        String assigneeName,
        int priority,
        java.util.Set<String> candidateGroups) {

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }

    public boolean isDueWithin(Instant now, java.time.Duration window) {
        return due != null && !due.isBefore(now) && due.isBefore(now.plus(window));
    }

    /** Escalated tasks carry a higher priority than the engine's default of 50. */
    public boolean isEscalated() {
        return priority > 50;
    }
}
