package org.neighbourhoodportal.workflow;

import java.util.Set;

/**
 * What {@link ProcessService#end} found when it ended a record's process: whether one was running, and who had open
 * tasks on it (assignees by person id, and the work groups the tasks were offered to), so the feature can tell them.
 */
public record EndedProcess(boolean wasRunning, Set<Long> people, Set<String> groups) {

    public EndedProcess {
        people = Set.copyOf(people);
        groups = Set.copyOf(groups);
    }

    /** Whether anyone had something to do on the record. */
    public boolean hadTasks() {
        return !people.isEmpty() || !groups.isEmpty();
    }
}
