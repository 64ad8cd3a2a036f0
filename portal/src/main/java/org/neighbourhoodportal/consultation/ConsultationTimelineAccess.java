package org.neighbourhoodportal.consultation;

import org.neighbourhoodportal.consultation.domain.Consultation;
import org.neighbourhoodportal.consultation.domain.ConsultationRepository;
import org.neighbourhoodportal.consultation.domain.ResponseRepository;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.TimelineAccess;
import org.neighbourhoodportal.timeline.TimelineAccess.Sight;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who reads a consultation's timeline: the INT's people all of it, an invited PPG the lines for everyone. */
@Configuration(proxyBeanMethods = false)
class ConsultationTimelineAccess {

    @Bean
    TimelineAccess consultationTimeline(ConsultationRepository consultations, ResponseRepository responses,
                                        ConsultationPolicy policy) {
        return TimelineAccess.of(ConsultationTimelines.CONSULTATION, id -> {
            AccessProfile me = policy.me();
            Consultation c = consultations.findById(id)
                    .orElseThrow(() -> new NotAllowedException(ConsultationPolicy.NOT_FOUND));
            policy.requireRead(me, c, responses.findByConsultationIdOrderByPartyNameAscIdAsc(id));
            return me.teamsInView().contains(c.getTeamId()) ? Sight.ALL : Sight.PUBLIC;
        });
    }
}
