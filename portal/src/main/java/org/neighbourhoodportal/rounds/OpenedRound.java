package org.neighbourhoodportal.rounds;

import java.util.Map;

/**
 * A round just opened: its id, and the variables the calling process passes to the shared round model (put them in
 * the calling process's start variables; its call activity hands them on).
 */
public record OpenedRound(long roundId, Map<String, Object> processVariables) {

    public OpenedRound {
        processVariables = Map.copyOf(processVariables);
    }
}
