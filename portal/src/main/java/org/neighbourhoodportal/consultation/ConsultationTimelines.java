package org.neighbourhoodportal.consultation;

import org.neighbourhoodportal.timeline.TimelineRecord;

/** The consultations on the shared timeline. */
public final class ConsultationTimelines {

    public static final String CONSULTATION = "consultation";

    private ConsultationTimelines() {
    }

    public static TimelineRecord of(long consultationId) {
        return new TimelineRecord(CONSULTATION, consultationId);
    }
}
