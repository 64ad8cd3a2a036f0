package org.neighbourhoodportal.maturity;

import java.util.List;
import org.neighbourhoodportal.timeline.TimelineRecord;

/**
 * What a domain owner records for their domain: stages by id, evidence, the support the team needs, and the records
 * of the INT they point to as evidence (feedback loops closed, consultations run).
 *
 * @param evidenceLinks the linked records by kind and id; null leaves the domain's links as they are
 */
public record DomainDraft(Long currentStageId, Long targetStageId, String evidence, String supportNeeded,
                          List<TimelineRecord> evidenceLinks) {

    /** A draft that leaves the evidence links as they are. */
    public DomainDraft(Long currentStageId, Long targetStageId, String evidence, String supportNeeded) {
        this(currentStageId, targetStageId, evidence, supportNeeded, null);
    }
}
