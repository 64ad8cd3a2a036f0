package org.neighbourhoodportal.workplan;

import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.security.NotAllowedException;
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
    TimelineAccess priorityTimeline(PriorityRepository priorities, WorkplanRepository plans, WorkplanPolicy policy) {
        return TimelineAccess.of(PRIORITY, id -> {
            AccessProfile me = policy.me();
            long teamId = priorities.findById(id).flatMap(p -> plans.findById(p.getWorkplanId()))
                    .orElseThrow(() -> new NotAllowedException(PRIORITY_NOT_FOUND)).getTeamId();
            if (!policy.mayRead(me, teamId)) {
                throw new NotAllowedException(PRIORITY_NOT_FOUND);
            }
            return TimelineAccess.Sight.ALL;
        });
    }
}
