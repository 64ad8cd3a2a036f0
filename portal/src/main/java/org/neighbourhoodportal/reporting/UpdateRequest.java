package org.neighbourhoodportal.reporting;

import java.time.Instant;
import java.util.List;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.UpdateRow;

/**
 * What an owner sees beside their update task: which report and priority it is for, where the priority stands and
 * what was said about it lately.
 *
 * @param recentUpdates the priority's latest updates in the work plan, newest first
 */
public record UpdateRequest(long reportId, String reportTitle, Instant updatesDue, long priorityId,
                            String priorityTitle, Rag rag, String ragReason, UpdateState state,
                            List<UpdateRow> recentUpdates) {
}
