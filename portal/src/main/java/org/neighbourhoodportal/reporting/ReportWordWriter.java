package org.neighbourhoodportal.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.neighbourhoodportal.workplan.Rag;

/**
 * A published highlight report as a Word document: title, team and period, a table of the priorities with their
 * status, then each section of the Suffolk format under its heading.
 */
final class ReportWordWriter {

    static final String PRIORITIES_HEADING = "Priorities";
    static final List<String> TABLE_HEADINGS = List.of("Priority", "Lead", "Status", "Why this status");

    private static final String NHS_BLUE = "005EB8";
    private static final String GREY = "4C6272";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReportWordWriter() {
    }

    static byte[] write(ReportDetails report, ZoneId zone) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(report.title() + " – highlight report");
            document.getProperties().getCoreProperties().setCreator("Neighbourhood Portal");

            run(document.createParagraph(), "Highlight report", 22, true, NHS_BLUE);
            run(document.createParagraph(), report.teamName() + " – " + report.periodLabel(), 15, true, null);
            XWPFParagraph facts = document.createParagraph();
            run(facts, "Team: " + report.teamName(), 10, false, GREY).addBreak();
            run(facts, "Period: " + report.periodLabel(), 10, false, GREY).addBreak();
            run(facts, published(report, zone), 10, false, GREY);

            heading(document, PRIORITIES_HEADING);
            priorities(document, report);
            if (report.sections() != null) {
                text(document, report.sections().prioritiesSummary());
                for (ReportSections.Section section : report.sections().sectionsAfterPriorities()) {
                    heading(document, section.heading());
                    text(document, section.text());
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Word document", e);
        }
    }

    private static void priorities(XWPFDocument document, ReportDetails report) {
        XWPFTable table = document.createTable(report.priorities().size() + 1, TABLE_HEADINGS.size());
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < TABLE_HEADINGS.size(); i++) {
            cell(header.getCell(i), TABLE_HEADINGS.get(i), true);
            header.getCell(i).setColor("DCE6F2");
        }
        int r = 1;
        for (ReportPriority priority : report.priorities()) {
            XWPFTableRow row = table.getRow(r++);
            Rag rag = priority.currentRag();
            cell(row.getCell(0), priority.title(), false);
            cell(row.getCell(1), priority.ownerName() == null ? "INT leads" : priority.ownerName(), false);
            cell(row.getCell(2), rag.describe(), true);
            row.getCell(2).setColor(fill(rag));
            cell(row.getCell(3), why(priority), false);
        }
    }

    /** The reason its owner gave, or why there is none. */
    static String why(ReportPriority priority) {
        return switch (priority.state()) {
            case UPDATED -> priority.ragReason() == null ? "" : priority.ragReason();
            case NOT_UPDATED, WAITING -> "Not updated this month";
            case NOT_ASKED -> "Complete";
        };
    }

    private static String published(ReportDetails report, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        if (report.publishedAt() != null) {
            parts.add("Published " + DAY.format(report.publishedAt().atZone(zone)));
        }
        if (report.compiledBy() != null) {
            parts.add("compiled by " + report.compiledBy());
        }
        if (report.approvedBy() != null) {
            parts.add("approved by " + report.approvedBy());
        }
        return String.join(" · ", parts);
    }

    private static void heading(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(240);
        paragraph.setSpacingAfter(80);
        paragraph.setKeepNext(true);
        run(paragraph, text, 14, true, NHS_BLUE);
    }

    /** One paragraph per line; a section left empty says so. */
    private static void text(XWPFDocument document, String text) {
        if (text == null || text.isBlank()) {
            XWPFRun none = run(document.createParagraph(), "None this month.", 11, false, GREY);
            none.setItalic(true);
            return;
        }
        for (String line : text.strip().split("\\R")) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setSpacingAfter(60);
            run(paragraph, line, 11, false, null);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        run(paragraph, text, 10, bold, null);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, String colour) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily("Arial");
        run.setFontSize(size);
        run.setBold(bold);
        if (colour != null) {
            run.setColor(colour);
        }
        return run;
    }

    private static String fill(Rag rag) {
        return switch (rag) {
            case BLUE -> "CCDFF1";
            case GREEN -> "CCE5D8";
            case AMBER -> "FFEAB8";
            case RED -> "F6D4D1";
        };
    }
}
