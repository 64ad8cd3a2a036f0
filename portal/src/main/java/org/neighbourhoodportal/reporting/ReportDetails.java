package org.neighbourhoodportal.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.neighbourhoodportal.timeline.TimelineEntry;

/**
 * A report with everything its page and its downloads show.
 *
 * @param sections      the compiled text, or null until the lead has compiled it
 * @param changesNeeded what the approver asked to change when it was last sent back, or null
 * @param history       the report's timeline, oldest first (everyone who may read the report sees all of it)
 * @param waitingOn     the steps the report is waiting on, e.g. "Compile the highlight report"
 * @param managedByMe   whether the caller leads the report's INT (and so sees it before it is published)
 */
public record ReportDetails(long id, long teamId, String teamName, YearMonth period, String title,
                            ReportStatus status, Instant startedAt, String startedBy, Instant updatesDue,
                            Instant remindOn, Instant remindedAt, ReportSections sections, String changesNeeded,
                            String compiledBy, Instant compiledAt, String approvedBy, Instant approvedAt,
                            Instant publishedAt, List<ReportPriority> priorities, List<TimelineEntry> history,
                            List<String> waitingOn, boolean managedByMe) {

    public boolean isPublished() {
        return status == ReportStatus.PUBLISHED;
    }

    /** "November 2026". */
    public String periodLabel() {
        return HighlightReportService.periodLabel(period);
    }

    public List<ReportPriority> asked() {
        return priorities.stream().filter(p -> p.state() != UpdateState.NOT_ASKED).toList();
    }

    public List<ReportPriority> withState(UpdateState state) {
        return priorities.stream().filter(p -> p.state() == state).toList();
    }
}
