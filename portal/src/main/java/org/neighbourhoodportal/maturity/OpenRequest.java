package org.neighbourhoodportal.maturity;

import java.time.LocalDate;
import java.util.Map;

/**
 * What an INT lead gives to open a self-assessment.
 *
 * @param owners each domain of the framework version (by id) and the person (a lead or member of the team) who owns it
 */
public record OpenRequest(long teamId, long frameworkId, String period, LocalDate closesOn, Map<Long, Long> owners) {

    public OpenRequest {
        owners = Map.copyOf(owners);
    }
}
