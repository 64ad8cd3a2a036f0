package org.neighbourhoodportal.reporting;

import org.neighbourhoodportal.reporting.domain.HighlightReportRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.timeline.TimelineAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who reads a highlight report's timeline: whoever {@link ReportPolicy} lets read the report, all of it. */
@Configuration(proxyBeanMethods = false)
class ReportTimelineAccess {

    @Bean
    TimelineAccess reportTimeline(HighlightReportRepository reports, ReportPolicy policy, CurrentUser currentUser) {
        return TimelineAccess.of(ReportTimelines.REPORT, currentUser, reports::findById, policy::mayRead,
                (me, report) -> true, ReportPolicy.NOT_FOUND);
    }
}
