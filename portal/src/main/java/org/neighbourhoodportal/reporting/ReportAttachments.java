package org.neighbourhoodportal.reporting;

import org.neighbourhoodportal.attachments.AttachmentAccess;
import org.neighbourhoodportal.reporting.domain.HighlightReportRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents on a highlight report (the signed copy, supporting evidence): read by whoever may read the report
 * ({@link ReportPolicy}: its INT's leads always, its members and ICB managers once published); added by the INT's
 * leads.
 */
@Configuration(proxyBeanMethods = false)
public class ReportAttachments {

    /** The kind of record, as the documents store it. */
    public static final String RECORD_TYPE = ReportTimelines.REPORT;

    @Bean
    AttachmentAccess reportDocuments(HighlightReportRepository reports, ReportPolicy policy, CurrentUser currentUser) {
        return AttachmentAccess.of(RECORD_TYPE, currentUser, reports::findById, policy::mayRead,
                (me, report) -> me.leads(report.getTeamId()));
    }
}
