package org.neighbourhoodportal.governance;

import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.governance.domain.LeadershipGroup;
import org.neighbourhoodportal.governance.domain.LeadershipGroupRepository;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.TimelineAccess;
import org.neighbourhoodportal.timeline.TimelineAccess.Sight;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reads the governance timelines ({@link GovernancePolicy}): a leadership group's, whoever may read it; a ToR's or
 * MoU's, the INT's people all of it and the ICB's managers the lines for everyone.
 */
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

    @Bean
    TimelineAccess agreementTimeline(org.neighbourhoodportal.governance.domain.AgreementRepository agreements,
                                     GovernancePolicy policy) {
        return TimelineAccess.of(AgreementService.TIMELINE_KIND, id -> {
            AccessProfile me = policy.me();
            var agreement = agreements.findById(id)
                    .orElseThrow(() -> new NotAllowedException(GovernancePolicy.AGREEMENT_NOT_FOUND));
            policy.requireRead(me, agreement);
            return me.worksIn(agreement.getTeamId()) ? Sight.ALL : Sight.PUBLIC;
        });
    }
}
