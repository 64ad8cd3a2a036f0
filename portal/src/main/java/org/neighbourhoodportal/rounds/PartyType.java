package org.neighbourhoodportal.rounds;

/** What kind of party a round asks: a member organisation of a team, or a PPG. Stored by name. */
public enum PartyType {
    ORGANISATION,
    PPG
}
