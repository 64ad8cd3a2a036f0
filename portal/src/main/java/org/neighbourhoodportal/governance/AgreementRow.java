package org.neighbourhoodportal.governance;

import java.time.LocalDate;

/** One ToR or MoU in the list. */
public record AgreementRow(long id, String title, String kind, String team, AgreementStatus status, int latestVersion,
                           Integer inForceVersion, LocalDate inForceFrom) {
}
