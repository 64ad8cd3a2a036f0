package org.neighbourhoodportal.governance;

import java.time.LocalDate;

/** One leadership group in the list. */
public record GroupRow(long id, String name, String team, GroupStatus status, int seats, int members,
                       LocalDate termEndsOn) {
}
