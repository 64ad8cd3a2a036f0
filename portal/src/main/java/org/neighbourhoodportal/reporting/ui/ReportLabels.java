package org.neighbourhoodportal.reporting.ui;

import org.neighbourhoodportal.reporting.ReportStatus;
import org.neighbourhoodportal.reporting.UpdateState;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.workplan.Rag;

/** The coloured labels the report pages use. The words always travel with the colour. */
final class ReportLabels {

    private ReportLabels() {
    }

    /** "Green – on track", in the theme's RAG colours. */
    static Badge rag(Rag rag) {
        Badge badge = new Badge(rag.describe(), Badge.Tone.NEUTRAL);
        badge.addClassName("rag-" + rag.name().toLowerCase());
        return badge;
    }

    static Badge status(ReportStatus status) {
        return new Badge(status.label(), status == ReportStatus.PUBLISHED ? Badge.Tone.DONE : Badge.Tone.WAITING);
    }

    static Badge state(UpdateState state) {
        return new Badge(state.label(), switch (state) {
            case UPDATED -> Badge.Tone.DONE;
            case NOT_UPDATED -> Badge.Tone.OVERDUE;
            case WAITING -> Badge.Tone.WAITING;
            case NOT_ASKED -> Badge.Tone.NEUTRAL;
        });
    }
}
