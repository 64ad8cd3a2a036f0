package org.neighbourhoodportal.reporting;

import org.neighbourhoodportal.timeline.TimelineRecord;

/** Highlight reports on the shared timeline ({@link org.neighbourhoodportal.timeline.Timeline}): their record kind. */
public final class ReportTimelines {

    public static final String REPORT = "highlight-report";

    private ReportTimelines() {
    }

    public static TimelineRecord report(long reportId) {
        return new TimelineRecord(REPORT, reportId);
    }
}
