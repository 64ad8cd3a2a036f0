package org.neighbourhoodportal.timeline;

import java.util.Objects;

/**
 * Which record a timeline belongs to: the owning feature's name for the kind of record and the record's id, e.g.
 * {@code feedback} 12. The kind is also how {@link TimelineService} finds the feature's {@link TimelineAccess}.
 */
public record TimelineRecord(String kind, long id) {

    public static final int KIND_LENGTH = 40;

    public TimelineRecord {
        Objects.requireNonNull(kind, "kind");
        if (kind.isBlank() || kind.length() > KIND_LENGTH) {
            throw new IllegalArgumentException("A record kind needs 1 to " + KIND_LENGTH + " characters");
        }
    }
}
