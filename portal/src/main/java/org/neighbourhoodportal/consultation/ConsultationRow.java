package org.neighbourhoodportal.consultation;

import java.time.LocalDate;

/**
 * A consultation in the list, with how many invited organisations and PPGs have sent a response.
 *
 * @param closedOn the day it closed (at the deadline or early), or null while it has not
 */
public record ConsultationRow(long id, String title, String teamName, ConsultationStatus status, LocalDate closesOn,
                              int invited, int responded, LocalDate closedOn) {
}
