package org.neighbourhoodportal.workplan;

import org.neighbourhoodportal.workplan.domain.PlanAction;
import org.neighbourhoodportal.workplan.domain.Priority;
import org.neighbourhoodportal.workplan.domain.PriorityUpdate;
import org.neighbourhoodportal.workplan.domain.Risk;

/** The work plan's text limits, for the views to show (the same numbers the service checks and the columns hold). */
public final class TextLimits {

    public static final int PRIORITY_TITLE = Priority.TITLE_LENGTH;
    public static final int PRIORITY_WHY = Priority.WHY_LENGTH;
    public static final int RAG_REASON = Priority.RAG_REASON_LENGTH;
    public static final int UPDATE = PriorityUpdate.TEXT_LENGTH;
    public static final int ACTION_TITLE = PlanAction.TITLE_LENGTH;
    public static final int RISK_TEXT = Risk.TEXT_LENGTH;

    private TextLimits() {
    }
}
