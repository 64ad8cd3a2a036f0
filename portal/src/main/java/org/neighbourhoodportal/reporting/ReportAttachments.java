package org.neighbourhoodportal.reporting;

import java.util.Optional;
import org.neighbourhoodportal.attachments.AttachmentAccess;
import org.neighbourhoodportal.directory.AccessProfile;
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
    public boolean mayRead(long recordId) {
        Optional<AccessProfile> me = currentUser.find();
        return me.isPresent() && reports.findById(recordId).map(r -> policy.mayRead(me.get(), r)).orElse(false);
    }

    @Override
    public boolean mayAdd(long recordId) {
        Optional<AccessProfile> me = currentUser.find();
        return me.isPresent() && reports.findById(recordId).map(r -> me.get().leads(r.getTeamId())).orElse(false);
    }
}
