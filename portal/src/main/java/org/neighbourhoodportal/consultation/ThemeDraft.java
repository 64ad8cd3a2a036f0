package org.neighbourhoodportal.consultation;

import java.util.Set;

/** A theme as the lead codes it: what respondents said, the INT's response, and the responses that raised it. */
public record ThemeDraft(String title, String whatWasSaid, String intResponse, Set<Long> responseIds) {

    public ThemeDraft {
        responseIds = responseIds == null ? Set.of() : Set.copyOf(responseIds);
    }
}
