package org.neighbourhoodportal.workplan;

/** One INT's plan for one year; {@code year} is the year it starts in. */
public record PlanSummary(long id, long teamId, String teamName, int year, String title) {

    /** "2026/27". */
    public String yearLabel() {
        return year + "/" + String.format("%02d", (year + 1) % 100);
    }
}
