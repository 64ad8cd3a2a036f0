package org.neighbourhoodportal.workplan;

import java.time.LocalDate;
import java.util.List;

/**
 * A priority as the plan's grid shows it.
 *
 * @param overdueActions actions past their due date and not finished
 * @param percentComplete the mean of its actions' percent complete (0 when it has none)
 */
public record PriorityRow(long id, long planId, String title, String whyItMatters, Long leadOrganisationId,
                          String leadOrganisation, Long leadPersonId, String leadPerson, LocalDate startsOn,
                          LocalDate endsOn, Rag rag, String ragReason, List<TagOption> tags, int actions,
                          int overdueActions, int percentComplete, int version) {

    public boolean isOverdue(LocalDate today) {
        return overdueActions > 0 || (rag != Rag.BLUE && endsOn.isBefore(today));
    }
}
