package org.neighbourhoodportal.directory;

import java.util.Set;

/**
 * An administrator switched a person's account off, inside the transaction that did it. The workflow returns the
 * tasks they had picked up to their teams, and the security package ends their sessions.
 *
 * @param teamIds the teams the person led or sat on, or reached as a PPG representative: their leads are told
 */
public record PersonDeactivated(long personId, String displayName, Set<Long> teamIds) {

    public PersonDeactivated {
        teamIds = Set.copyOf(teamIds);
    }
}
