package org.neighbourhoodportal.timeline;

import java.time.Instant;

/**
 * One line of a record's timeline as the reader may see it.
 *
 * @param who      the person who acted, or the step's name when no person did ({@code byPerson} false)
 * @param kind     the feature's own code for what happened (e.g. {@code REOPENED}), for the feature's logic
 * @param what     what happened, in plain English
 * @param detail   what was said or decided, or null
 * @param internal seen by the record's own team only (never shown to PPG volunteers)
 */
public record TimelineEntry(Instant at, String who, boolean byPerson, String kind, String what, String detail,
                            boolean internal) {
}
