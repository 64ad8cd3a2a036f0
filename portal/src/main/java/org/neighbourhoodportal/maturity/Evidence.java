package org.neighbourhoodportal.maturity;

/**
 * A record of the INT that a domain's owner linked as evidence, as the reader may see it: its kind in words and, only
 * when the reader may read the record, its title and page. Addressed as the record's timeline is (ADR 0011).
 *
 * @param recordKind the record's kind ({@code feedback}, {@code consultation})
 * @param kind       the kind in words, e.g. "Feedback loop closed"
 * @param title      the record's title, or null when the reader may not read the record
 * @param route      the record's page, or null likewise
 */
public record Evidence(String recordKind, long recordId, String kind, String title, String route) {

    /** Whether the reader may open the record. */
    public boolean visible() {
        return title != null;
    }

    /** One line: "Consultation run: Extended GP hours", or for a record the reader may not see, no title. */
    public String inWords() {
        return kind + ": " + (visible() ? title : "not visible to you");
    }
}
