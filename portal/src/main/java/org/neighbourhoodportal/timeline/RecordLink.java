package org.neighbourhoodportal.timeline;

/**
 * A record another feature's record points to (a feedback loop closed, a consultation run, as evidence in a maturity
 * self-assessment), addressed as its timeline is (ADR 0011): kind and id. Opens on the record's own page.
 *
 * @param record    the record's kind and id
 * @param teamId    the INT it belongs to
 * @param title     its title, for someone who may read it
 * @param route     its page
 * @param status    where it is now, in words
 */
public record RecordLink(TimelineRecord record, long teamId, String title, String route,
                         String status) {
}
