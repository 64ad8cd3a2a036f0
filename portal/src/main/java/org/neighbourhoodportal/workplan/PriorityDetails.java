package org.neighbourhoodportal.workplan;

import java.util.List;
import org.neighbourhoodportal.timeline.TimelineEntry;

/**
 * A priority with everything under it. {@code canEdit}: the caller may change the priority itself. {@code updates}
 * is its RAG history (the data charts and exports read); {@code timeline} what happened to it, as its page shows it.
 */
public record PriorityDetails(PriorityRow priority, PlanSummary plan, List<ActionRow> actions,
                              List<UpdateRow> updates, List<RiskRow> risks, List<LinkedRecord> linked,
                              boolean canEdit, boolean canUpdate, List<TimelineEntry> timeline) {
}
