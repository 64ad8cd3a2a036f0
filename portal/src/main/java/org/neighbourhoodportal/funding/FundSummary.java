package org.neighbourhoodportal.funding;

/** One INT's bids to one fund, for ICB managers: how many, and how much was sought, won and lost (whole pounds). */
public record FundSummary(String teamName, String fund, int bids, long sought, long won, long lost) {
}
