package org.neighbourhoodportal.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.neighbourhoodportal.reporting.domain.HighlightReportPriority;
import org.neighbourhoodportal.workplan.Rag;

/**
 * The highlight report as drafted from its owners' updates, for the lead to edit, and the wording its points share
 * with the Word document. Plain text in, plain text out; no access to check.
 */
final class ReportDrafts {

    private ReportDrafts() {
    }

    /** The report as drafted from the owners' updates, for the lead to edit. */
    static ReportSections draft(List<HighlightReportPriority> rows) {
        List<String> summary = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        List<String> done = new ArrayList<>();
        List<String> next = new ArrayList<>();
        List<String> learning = new ArrayList<>();
        List<String> help = new ArrayList<>();
        List<String> issues = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (HighlightReportPriority row : rows) {
            boolean updated = row.getState() == UpdateState.UPDATED;
            Rag rag = updated ? row.getRag() : row.getRagAtStart();
            summary.add(summaryLine(row.getTitle(), rag, updated ? row.getRagReason() : null,
                    row.getState() == UpdateState.NOT_UPDATED));
            if (updated) {
                if (row.getRag() == Rag.BLUE && row.getRagAtStart() != Rag.BLUE) {
                    outcomes.add(row.getTitle() + ": completed this month.");
                }
                done.add(row.getTitle() + ": " + keepLines(row.getProgress()));
                next.add(row.getTitle() + ": " + keepLines(row.getNextMonth()));
                addIfGiven(learning, row.getTitle(), row.getLearning());
                addIfGiven(help, row.getTitle(), row.getHelpNeeded());
                addIfGiven(issues, row.getTitle(), row.getIssuesRisks());
            }
            if (row.getState() == UpdateState.NOT_UPDATED) {
                missed.add(titleAndOwner(row));
            }
        }
        long asked = rows.stream().filter(p -> p.getState() != UpdateState.NOT_ASKED).count();
        String missedText = missed.isEmpty()
                ? (asked == 0 ? "" : "Every owner updated their priority in time.")
                : "Not updated by the deadline:\n" + bullets(missed);
        return new ReportSections(bullets(summary), bullets(outcomes), bullets(done), bullets(next),
                bullets(learning), bullets(help), bullets(issues), missedText);
    }

    private static void addIfGiven(List<String> lines, String title, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(title + ": " + keepLines(text));
        }
    }

    private static String bullets(List<String> lines) {
        return lines.stream().map(l -> "• " + l).collect(Collectors.joining("\n"));
    }

    /**
     * One point of the priorities' summary: "title – Amber – at risk: reason". The Word document leaves out the
     * lines that say only what its priorities table says, so both use this.
     */
    static String summaryLine(String title, Rag rag, String reason, boolean notUpdated) {
        String line = title + " – " + rag.describe();
        if (reason != null && !reason.isBlank()) {
            line += ": " + keepLines(reason);
        }
        if (notUpdated) {
            line += " (not updated this month)";
        }
        return line;
    }

    /**
     * An owner's answer inside one point of a section: the lines they typed stay lines, indented under the point
     * (the documents print them as line breaks within it); empty lines are dropped.
     */
    static String keepLines(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().lines().map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining("\n  "));
    }

    private static String titleAndOwner(HighlightReportPriority row) {
        return row.getTitle() + " (" + (row.getOwnerName() == null ? "the INT's leads" : row.getOwnerName()) + ")";
    }
}
