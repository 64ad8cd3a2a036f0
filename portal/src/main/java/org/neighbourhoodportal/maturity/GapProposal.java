package org.neighbourhoodportal.maturity;

import java.util.List;
import org.neighbourhoodportal.workplan.PriorityRow;

/**
 * A domain whose target is above its current stage, with the work plan priority the portal proposes for it.
 *
 * @param serving     the team's existing priorities tagged to this domain, shown first so the lead does not duplicate
 * @param decision    null while the lead has not decided; "ACCEPTED" or "DECLINED"
 * @param priorityId  the priority made when accepted
 */
public record GapProposal(long domainId, String domain, String current, String target, String title,
                          String whyItMatters, List<PriorityRow> serving, String decision, Long priorityId) {
}
