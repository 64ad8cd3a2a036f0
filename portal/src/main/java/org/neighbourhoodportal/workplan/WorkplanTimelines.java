package org.neighbourhoodportal.workplan;

import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.timeline.TimelineAccess;
import org.neighbourhoodportal.timeline.TimelineRecord;
import org.neighbourhoodportal.workplan.domain.PriorityRepository;
import org.neighbourhoodportal.workplan.domain.WorkplanRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Work plan priorities on the shared timeline: their record kind, and who reads a priority's timeline (whoever
 * {@link WorkplanPolicy} lets read its plan, all of it).
 */
@Configuration(proxyBeanMethods = false)
public class WorkplanTimelines {

    public static final String PRIORITY = "priority";
    private static final String PRIORITY_NOT_FOUND = PlanRecords.PRIORITY_NOT_FOUND;

    public static TimelineRecord priority(long priorityId) {
        return new TimelineRecord(PRIORITY, priorityId);
    }

    @Bean
    TimelineAccess priorityTimeline(PriorityRepository priorities, WorkplanRepository plans, WorkplanPolicy policy,
                                    CurrentUser currentUser) {
        return TimelineAccess.of(PRIORITY, currentUser, id -> PriorityTeam.find(priorities, plans, id),
                (me, priority) -> policy.mayRead(me, priority.teamId()), (me, priority) -> true, PRIORITY_NOT_FOUND);
    }
}
