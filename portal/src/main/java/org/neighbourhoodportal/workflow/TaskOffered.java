package org.neighbourhoodportal.workflow;

import java.time.Instant;
import java.util.Set;

/**
 * A user task was created and offered to people: published inside the engine's transaction (by the open-work
 * listener), so whoever reacts (notifications) writes in the same transaction and nothing is told of a task whose
 * creation rolled back.
 *
 * @param assigneeId the person it was given to directly, or null
 * @param groups     the work groups it is offered to (see {@link org.neighbourhoodportal.directory.WorkGroups})
 * @param due        when it is due, or null
 * @param route      the portal page of the task
 */
public record TaskOffered(String taskId, String processKey, String businessKey, String taskName, Long assigneeId,
                          Set<String> groups, Instant due, String route) {

    public TaskOffered {
        groups = Set.copyOf(groups);
    }
}
