package org.neighbourhoodportal.feedback;

import java.time.LocalDate;

public record ProposalRow(long id, String title, String teamName, LocalDate closesOn, ProposalStatus status,
                          int invited, int answered) {
}
