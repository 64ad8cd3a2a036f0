package org.neighbourhoodportal.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.neighbourhoodportal.documents.WordPages;
import org.neighbourhoodportal.workplan.Rag;

/**
 * A published highlight report as a Word document, A4 with page numbers: the report's title as Heading 1, who
 * published it, then each part under a Heading 2: the priorities as a table with their status, and each section of
 * the Suffolk format. A section's points are a real list; an owner's line breaks are kept.
 *
 * <p>The priorities' summary text repeats the table line for line when the lead kept the draft, so only the lines
 * the table does not already say are printed under it.
 */
final class ReportWordWriter {

    static final String PRIORITIES_HEADING = "Priorities";
    static final List<String> TABLE_HEADINGS = List.of("Priority", "Lead", "Status", "Why this status");

    private static final String GREY = "4C6272";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** Table column widths in twentieths of a point; together the A4 text width (21 cm less 2 × 2 cm). */
    private static final int[] COLUMN_WIDTHS = {3100, 1900, 1500, 3138};

    private static final Pattern BULLET = Pattern.compile("^\\s*[•\\-*–]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");

    private ReportWordWriter() {
    }

    static byte[] write(ReportDetails report, ZoneId zone) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String title = "Highlight report: " + report.title();
            document.getProperties().getCoreProperties().setTitle(report.title() + " – highlight report");
            document.getProperties().getCoreProperties().setCreator("Neighbourhood Portal");
            WordPages pages = WordPages.a4(document, title);

            pages.heading1(title);
            XWPFParagraph facts = document.createParagraph();
            run(facts, published(report, zone), 10, false, GREY);

            pages.heading2(PRIORITIES_HEADING);
            priorities(document, report);
            if (report.sections() != null) {
                List<String> beyondTable = beyondTable(report.sections().prioritiesSummary(), report.priorities());
                if (!beyondTable.isEmpty()) {
                    text(document, pages, String.join("\n", beyondTable));
                }
                for (ReportSections.Section section : report.sections().sectionsAfterPriorities()) {
                    pages.heading2(section.heading());
                    text(document, pages, section.text());
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
        table.setTableAlignment(TableRowAlign.LEFT);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int i = 0; i < TABLE_HEADINGS.size(); i++) {
            cell(header.getCell(i), TABLE_HEADINGS.get(i), true);
            header.getCell(i).setColor("DCE6F2");
            header.getCell(i).setWidth(Integer.toString(COLUMN_WIDTHS[i]));
        }
        int r = 1;
        for (ReportPriority priority : report.priorities()) {
            XWPFTableRow row = table.getRow(r++);
            row.setCantSplitRow(true);
            Rag rag = priority.currentRag();
            cell(row.getCell(0), priority.title(), false);
            cell(row.getCell(1), priority.ownerName() == null ? "INT leads" : priority.ownerName(), false);
            cell(row.getCell(2), rag.describe(), true);
            row.getCell(2).setColor(fill(rag));
            cell(row.getCell(3), why(priority), false);
            for (int i = 0; i < COLUMN_WIDTHS.length; i++) {
                row.getCell(i).setWidth(Integer.toString(COLUMN_WIDTHS[i]));
            }
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

    /**
     * The summary's lines that the priorities table does not already say: the draft writes one line per priority
     * ({@link ReportDrafts#summaryLine}), and printing those again under the table repeats the section.
     */
    static List<String> beyondTable(String summary, List<ReportPriority> priorities) {
        if (summary == null || summary.isBlank()) {
            return List.of();
        }
        Set<String> inTable = new HashSet<>();
        for (ReportPriority p : priorities) {
            inTable.add(ReportDrafts.summaryLine(p.title(), p.currentRag(),
                    p.state() == UpdateState.UPDATED ? p.ragReason() : null, p.state() == UpdateState.NOT_UPDATED)
                    .replaceAll("\\s+", " ").strip());
        }
        List<String> kept = new ArrayList<>();
        List<String> lines = summary.strip().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher bullet = BULLET.matcher(line);
            String point = bullet.matches() ? bullet.group(1) : line;
            // an owner's reason over several lines: the draft writes the rest indented under the point
            StringBuilder whole = new StringBuilder(point);
            int j = i + 1;
            while (j < lines.size() && isContinuation(lines.get(j))) {
                whole.append(' ').append(lines.get(j).strip());
                j++;
            }
            if (!inTable.contains(whole.toString().replaceAll("\\s+", " ").strip())) {
                kept.addAll(lines.subList(i, j));
            }
            i = j - 1;
        }
        return kept;
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

    /**
     * A section's text: a line starting "• ", "- " or "* " is a point of a bulleted list, "1. " a point of a
     * numbered one; an indented line under a point continues it on a new line; any other line is a paragraph.
     */
    private static void text(XWPFDocument document, WordPages pages, String text) {
        if (text == null || text.isBlank()) {
            XWPFRun none = run(document.createParagraph(), "None this month.", 11, false, GREY);
            none.setItalic(true);
            return;
        }
        XWPFParagraph current = null;
        BigInteger list = null;
        boolean numbered = false;
        for (String line : text.strip().split("\\R")) {
            Matcher bullet = BULLET.matcher(line);
            Matcher number = NUMBERED.matcher(line);
            if (line.isBlank()) {
                current = null;
                list = null;
            } else if (bullet.matches() || number.matches()) {
                boolean isNumber = !bullet.matches();
                if (list == null || numbered != isNumber) {
                    list = isNumber ? pages.newNumberedList() : pages.newBulletList();
                    numbered = isNumber;
                }
                current = document.createParagraph();
                current.setStyle("ListParagraph");
                current.setNumID(list);
                current.setNumILvl(BigInteger.ZERO);
                run(current, (isNumber ? number : bullet).group(1), 11, false, null);
            } else if (current != null && isContinuation(line)) {
                XWPFRun continued = run(current, "", 11, false, null);
                continued.addBreak();
                continued.setText(line.strip());
            } else {
                list = null;
                current = document.createParagraph();
                run(current, line.strip(), 11, false, null);
            }
        }
    }

    private static boolean isContinuation(String line) {
        return !line.isBlank() && Character.isWhitespace(line.charAt(0))
                && !BULLET.matcher(line).matches() && !NUMBERED.matcher(line).matches();
    }

    /** A table cell; each line the owner typed stays a line. */
    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        paragraph.setSpacingAfter(0);
        String[] lines = (text == null ? "" : text.strip()).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(paragraph, "", 10, bold, null);
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, String colour) {
        XWPFRun run = paragraph.createRun();
        if (!text.isEmpty()) {
            run.setText(text);
        }
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
