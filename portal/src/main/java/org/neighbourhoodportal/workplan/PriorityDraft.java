package org.neighbourhoodportal.workplan;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the lead enters for a new or changed priority; {@code id} null for a new one. {@code version} is the version
 * of the priority the screen (or the spreadsheet) was made from, null for a new one: a save against any other
 * version is refused, so a stale screen never overwrites newer work.
 */
public record PriorityDraft(Long id, long planId, String title, String whyItMatters, Long leadOrganisationId,
                            Long leadPersonId, LocalDate startsOn, LocalDate endsOn, Rag rag, String ragReason,
                            Set<Long> tags, Integer version) {
}
