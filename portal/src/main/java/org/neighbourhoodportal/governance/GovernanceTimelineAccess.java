package org.neighbourhoodportal.governance;

import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.governance.domain.LeadershipGroup;
import org.neighbourhoodportal.governance.domain.LeadershipGroupRepository;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.TimelineAccess;
import org.neighbourhoodportal.timeline.TimelineAccess.Sight;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who reads a leadership group's timeline: whoever may read the group ({@link GovernancePolicy}), all of it. */
@Configuration(proxyBeanMethods = false)
class GovernanceTimelineAccess {

    @Bean
    TimelineAccess leadershipGroupTimeline(LeadershipGroupRepository groups, GovernancePolicy policy) {
        return TimelineAccess.of(GovernanceTimelines.LEADERSHIP_GROUP, id -> {
            AccessProfile me = policy.me();
            LeadershipGroup group = groups.findById(id)
                    .orElseThrow(() -> new NotAllowedException(GovernancePolicy.GROUP_NOT_FOUND));
            policy.requireRead(me, group);
            return Sight.ALL;
        });
    }
}
