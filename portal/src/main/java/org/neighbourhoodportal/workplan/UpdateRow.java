package org.neighbourhoodportal.workplan;

import java.time.Instant;
import java.time.LocalDate;

public record UpdateRow(long id, long priorityId, LocalDate writtenOn, Instant writtenAt, String author, Rag rag,
                        String text) {
}
