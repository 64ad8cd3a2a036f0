package org.neighbourhoodportal.maturity;

import java.time.Instant;

/**
 * An INT's profile on the four aspects of the City & Hackney review of neighbourhood models: any aspect may be null
 * (not written yet).
 *
 * @param updatedBy who last changed it (null when never written)
 * @param youMayEdit whether the caller leads the team and so may change it
 */
public record TeamProfile(long teamId, String teamName, String scope, String rolesAndSectors, String location,
                          String governance, String updatedBy, Instant updatedAt, boolean youMayEdit) {

    /** True when no aspect is written yet. */
    public boolean isEmpty() {
        return scope == null && rolesAndSectors == null && location == null && governance == null;
    }
}
