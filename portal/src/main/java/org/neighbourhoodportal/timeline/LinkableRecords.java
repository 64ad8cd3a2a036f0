package org.neighbourhoodportal.timeline;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A feature's records that another feature's record may point to, e.g. a maturity domain's evidence: feedback loops
 * closed, consultations run. One bean per record kind, in the feature that owns the records, deciding through its own
 * policy about the person signed in now; the feature that links asks for the kinds it accepts by
 * {@link #recordKind()}, without depending on their owners. Links are stored as a {@link TimelineRecord} (kind + id),
 * the one way a record is addressed (ADR 0011).
 */
public interface LinkableRecords {

    /** The kind these records have on their timelines, e.g. {@code feedback}. */
    String recordKind();

    /**
     * The team's finished records of this kind (what can stand as evidence: a loop closed, a consultation closed)
     * that the signed-in person may read, newest first. Nothing for a team they may not read.
     */
    List<RecordLink> finishedOfTeam(long teamId);

    /**
     * Of these ids, the records the signed-in person may read, by id, whatever their state now; the others (and ids
     * that do not exist) are left out, so a title is never shown to someone who may not read the record.
     */
    Map<Long, RecordLink> readable(Collection<Long> ids);
}
