package org.neighbourhoodportal.workplan;

import java.util.Optional;
import org.neighbourhoodportal.workplan.domain.PriorityRepository;
import org.neighbourhoodportal.workplan.domain.WorkplanRepository;

/** What access to a priority turns on: its INT (through its plan) and its lead person, if any. */
record PriorityTeam(long teamId, Long leadPersonId) {

    static Optional<PriorityTeam> find(PriorityRepository priorities, WorkplanRepository plans, long priorityId) {
        return priorities.findById(priorityId).flatMap(priority -> plans.findById(priority.getWorkplanId())
                .map(plan -> new PriorityTeam(plan.getTeamId(), priority.getLeadPersonId())));
    }
}
