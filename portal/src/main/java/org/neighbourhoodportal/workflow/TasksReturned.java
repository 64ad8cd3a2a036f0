package org.neighbourhoodportal.workflow;

import java.util.List;
import java.util.Set;

/**
 * The tasks a person had picked up went back to their teams because their account was switched off; published in
 * the transaction that did it, so the teams' leads are told (notifications) only if it commits.
 *
 * @param teamIds   the teams the person worked in: their leads are told
 * @param taskNames the tasks handed back, with what they are about
 */
public record TasksReturned(long personId, String personName, Set<Long> teamIds, List<String> taskNames) {

    public TasksReturned {
        teamIds = Set.copyOf(teamIds);
        taskNames = List.copyOf(taskNames);
    }
}
