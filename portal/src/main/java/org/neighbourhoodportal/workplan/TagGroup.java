package org.neighbourhoodportal.workplan;

import java.util.List;

/** A framework and its items, with the source it comes from. {@code local} for a team's own objectives. */
public record TagGroup(String code, String name, String version, String source, boolean local,
                       List<TagOption> items) {
}
