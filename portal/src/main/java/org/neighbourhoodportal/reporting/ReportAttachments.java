package org.neighbourhoodportal.reporting;

import java.util.Optional;
import org.neighbourhoodportal.attachments.AttachmentAccess;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.reporting.domain.HighlightReport;
import org.neighbourhoodportal.reporting.domain.HighlightReportRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Documents on a highlight report (the signed copy, supporting evidence): read by whoever may read the report
 * ({@link ReportPolicy}: its INT's leads always, its members and ICB managers once published); added by the INT's
 * leads.
 */
@Component
public class ReportAttachments implements AttachmentAccess {

    /** The kind of record, as the documents store it. */
    public static final String RECORD_TYPE = "highlight-report";

    private final HighlightReportRepository reports;
    private final ReportPolicy policy;
    private final CurrentUser currentUser;

    ReportAttachments(HighlightReportRepository reports, ReportPolicy policy, CurrentUser currentUser) {
        this.reports = reports;
        this.policy = policy;
        this.currentUser = currentUser;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public Permission permission(long recordId) {
        Optional<AccessProfile> me = currentUser.find();
        Optional<HighlightReport> report = me.isEmpty() ? Optional.empty() : reports.findById(recordId);
        if (report.isEmpty() || !policy.mayRead(me.get(), report.get())) {
            return Permission.NONE;
        }
        return me.get().leads(report.get().getTeamId()) ? Permission.ADD : Permission.READ;
    }
}
