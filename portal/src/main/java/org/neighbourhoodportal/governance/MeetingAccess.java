package org.neighbourhoodportal.governance;

import java.util.Optional;
import org.neighbourhoodportal.attachments.AttachmentAccess;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.governance.domain.LeadershipGroup;
import org.neighbourhoodportal.governance.domain.LeadershipGroupRepository;
import org.neighbourhoodportal.governance.domain.MeetingRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.TimelineAccess;
import org.neighbourhoodportal.timeline.TimelineAccess.Sight;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reads a meeting's timeline and papers ({@link GovernancePolicy}): whoever may read its leadership group (the
 * INT's people, its ICB's managers); papers are added by the INT's leads.
 */
@Configuration(proxyBeanMethods = false)
class MeetingAccess {

    @Bean
    TimelineAccess meetingTimeline(MeetingRepository meetings, LeadershipGroupRepository groups,
                                   GovernancePolicy policy) {
        return TimelineAccess.of(MeetingService.RECORD_KIND, id -> {
            AccessProfile me = policy.me();
            LeadershipGroup group = groupOf(meetings, groups, id)
                    .orElseThrow(() -> new NotAllowedException(MeetingService.MEETING_NOT_FOUND));
            policy.requireRead(me, group);
            return Sight.ALL;
        });
    }

    @Bean
    AttachmentAccess meetingPapers(MeetingRepository meetings, LeadershipGroupRepository groups,
                                   GovernancePolicy policy, CurrentUser currentUser) {
        return AttachmentAccess.of(MeetingService.RECORD_KIND, currentUser, id -> groupOf(meetings, groups, id),
                (AccessProfile me, LeadershipGroup group) -> policy.mayRead(me, group),
                (AccessProfile me, LeadershipGroup group) -> me.leads(group.getTeamId()));
    }

    private static Optional<LeadershipGroup> groupOf(MeetingRepository meetings, LeadershipGroupRepository groups,
                                                     long meetingId) {
        return meetings.findById(meetingId).flatMap(m -> groups.findById(m.getGroupId()));
    }
}
