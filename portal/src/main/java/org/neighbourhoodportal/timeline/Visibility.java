package org.neighbourhoodportal.timeline;

/**
 * Who may see one timeline entry, among those who may read its record. Stored by name (column
 * {@code timeline_entry.visibility}): never rename a constant.
 */
public enum Visibility {
    /** Everyone who may read the record, PPG volunteers included. */
    EVERYONE,
    /** The record's own team only (how the team handles it, e.g. a routing note): never a PPG volunteer. */
    INTERNAL
}
