package org.neighbourhoodportal.workplan;

import java.util.List;

/** A priority with everything under it. {@code canEdit}: the caller may change the priority itself. */
public record PriorityDetails(PriorityRow priority, PlanSummary plan, List<ActionRow> actions,
                              List<UpdateRow> updates, List<RiskRow> risks, List<LinkedRecord> linked,
                              boolean canEdit, boolean canUpdate) {
}
