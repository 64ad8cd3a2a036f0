package org.neighbourhoodportal.maturity;

import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.maturity.domain.Assessment;
import org.neighbourhoodportal.maturity.domain.AssessmentRepository;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.TimelineAccess;
import org.neighbourhoodportal.timeline.TimelineAccess.Sight;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reads an assessment's timeline, decided by {@link MaturityPolicy}: the INT's people all of it, the ICB's
 * managers (once submitted) the lines for everyone, anyone else nothing.
 */
@Configuration(proxyBeanMethods = false)
class MaturityTimelineAccess {

    @Bean
    TimelineAccess maturityTimeline(AssessmentRepository assessments, MaturityPolicy policy) {
        return TimelineAccess.of(MaturityTimelines.ASSESSMENT, id -> {
            AccessProfile me = policy.me();
            Assessment assessment = assessments.findById(id)
                    .orElseThrow(() -> new NotAllowedException(MaturityPolicy.NOT_FOUND));
            policy.requireRead(me, assessment);
            return policy.isInsider(me, assessment.getTeamId()) ? Sight.ALL : Sight.PUBLIC;
        });
    }
}
