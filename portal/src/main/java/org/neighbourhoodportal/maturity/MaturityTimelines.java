package org.neighbourhoodportal.maturity;

import org.neighbourhoodportal.timeline.TimelineRecord;

/** The maturity feature's records on the shared timeline, and the name of the step no person takes. */
public final class MaturityTimelines {

    public static final String ASSESSMENT = "maturity-assessment";
    public static final String PUBLISH_STEP = "Publishing the assessment to the team";

    private MaturityTimelines() {
    }

    public static TimelineRecord assessment(long assessmentId) {
        return new TimelineRecord(ASSESSMENT, assessmentId);
    }
}
