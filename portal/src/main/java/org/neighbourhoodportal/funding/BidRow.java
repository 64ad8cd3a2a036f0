package org.neighbourhoodportal.funding;

import java.time.LocalDate;

/** A bid as the pipeline board and its download show it. Amounts in whole pounds. */
public record BidRow(long id, long teamId, String teamName, String title, String funder, String fund,
                     long amountSought, Long amountAwarded, LocalDate deadline, BidStage stage,
                     String leadPartner) {
}
