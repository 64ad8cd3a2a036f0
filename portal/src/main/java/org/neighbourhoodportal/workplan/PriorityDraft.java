package org.neighbourhoodportal.workplan;

import java.time.LocalDate;
import java.util.Set;

/** What the lead enters for a new or changed priority; {@code id} null for a new one. */
public record PriorityDraft(Long id, long planId, String title, String whyItMatters, Long leadOrganisationId,
                            Long leadPersonId, LocalDate startsOn, LocalDate endsOn, Rag rag, String ragReason,
                            Set<Long> tags) {
}
