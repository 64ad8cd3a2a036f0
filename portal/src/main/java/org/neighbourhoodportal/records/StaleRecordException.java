package org.neighbourhoodportal.records;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone saved the record after the caller's screen read it, so the caller's save was refused and nothing was
 * saved: their screen showed an older version, and saving it would silently undo the other person's work.
 *
 * <p>Services throw it from {@link #check}; views show it with {@code ui.StaleRecordNotice}, which says who changed
 * the record and when, and offers to reload it. {@code changedBy} and {@code changedAt} are null when not known (a
 * record last saved before the portal kept them, or two saves in the same instant).
 */
public class StaleRecordException extends RuntimeException {

    private final String record;
    private final String changedBy;
    private final Instant changedAt;

    /** {@code record} names the kind of record in plain words, e.g. "priority", "risk or issue". */
    public StaleRecordException(String record, String changedBy, Instant changedAt) {
        super(describe(record, changedBy));
        this.record = Objects.requireNonNull(record);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /**
     * Refuses a save made from a screen that read {@code readVersion} of a record that is now at
     * {@code currentVersion}.
     *
     * @param readVersion the version the screen was opened with; null is refused too, since a screen that does not
     *                    say what it read could overwrite anything
     * @param changedBy   the display name of whoever saved {@code currentVersion}, or null if not known
     * @throws StaleRecordException when the versions differ
     */
    public static void check(String record, Integer readVersion, int currentVersion, String changedBy,
                             Instant changedAt) {
        if (readVersion == null || readVersion != currentVersion) {
            throw new StaleRecordException(record, changedBy, changedAt);
        }
    }

    public String record() {
        return record;
    }

    /** The display name of who changed it, or null if not known. */
    public String changedBy() {
        return changedBy;
    }

    /** When they saved it, or null if not known. */
    public Instant changedAt() {
        return changedAt;
    }

    private static String describe(String record, String changedBy) {
        return (changedBy == null ? "Someone else" : changedBy) + " changed this " + record
                + " after you opened it, so your changes were not saved. Reload it to see the latest version.";
    }
}
