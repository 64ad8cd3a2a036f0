package org.neighbourhoodportal.maturity;

/** What a domain owner records for their domain: stages by id, evidence, the support the team needs. */
public record DomainDraft(Long currentStageId, Long targetStageId, String evidence, String supportNeeded) {
}
