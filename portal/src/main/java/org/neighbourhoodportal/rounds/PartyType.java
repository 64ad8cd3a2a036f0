package org.neighbourhoodportal.rounds;

/** What kind of party a round asks: a member organisation of a team, a PPG, or one person in a team. Stored by name. */
public enum PartyType {
    ORGANISATION,
    PPG,
    /** One person within a team (their group {@code directory.WorkGroups.personInTeam}), e.g. a domain owner. */
    PERSON
}
