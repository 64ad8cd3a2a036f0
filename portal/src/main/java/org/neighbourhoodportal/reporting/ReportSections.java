package org.neighbourhoodportal.reporting;

import java.util.List;

/**
 * A highlight report's text in the format Suffolk's INTs use. Each section is plain text, one point per line; a
 * section may be empty.
 */
public record ReportSections(String prioritiesSummary, String outcomes, String completedLastMonth,
                             String plannedNextMonth, String learningToShare, String helpRequested,
                             String issuesAndRisks, String missedUpdates) {

    public static final int SECTION_LENGTH = 4000;
    public static final int MISSED_UPDATES_LENGTH = 2000;

    /** One section with its heading, in the order the report shows them. */
    public record Section(String heading, String text) {

        public boolean isEmpty() {
            return text == null || text.isBlank();
        }
    }

    /** The sections after the priorities, in reading order, with their headings. */
    public List<Section> sectionsAfterPriorities() {
        return List.of(
                new Section("Outcomes", outcomes),
                new Section("Key activities completed last month", completedLastMonth),
                new Section("Key activities for next month", plannedNextMonth),
                new Section("Learning to share", learningToShare),
                new Section("Requests for help or support", helpRequested),
                new Section("Issues and risks", issuesAndRisks),
                new Section("Updates not received in time", missedUpdates));
    }
}
