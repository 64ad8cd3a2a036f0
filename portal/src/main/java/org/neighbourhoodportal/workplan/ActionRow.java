package org.neighbourhoodportal.workplan;

import java.time.LocalDate;

public record ActionRow(long id, long priorityId, String title, Long ownerId, String ownerName, LocalDate dueOn,
                        ActionStatus status, int percentComplete, boolean milestone, int version) {

    public boolean isOverdue(LocalDate today) {
        return dueOn != null && dueOn.isBefore(today) && !status.isFinished();
    }
}
