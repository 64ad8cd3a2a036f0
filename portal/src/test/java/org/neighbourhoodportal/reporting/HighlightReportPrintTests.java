package org.neighbourhoodportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.documents.PrintCheck;
import org.neighbourhoodportal.documents.WordPages;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.workplan.Rag;

/**
 * The highlight report's documents as a reader and a printer meet them: real headings and lists in Word, A4 with
 * page numbers, owners' line breaks kept, nothing said twice; in Excel, rows tall enough for their text and a page
 * set-up that prints. The files are kept under {@code target/print-check/} to look at as PDFs.
 */
class HighlightReportPrintTests {

    private static final Instant PUBLISHED = Instant.parse("2026-11-10T15:30:00Z");
    private static final String REASON = "Coffee Bus driver off sick.\nThe second driver starts in January.";
    private static final String PROGRESS = "Two village sessions ran.\nSpeak Out article published.";

    private final List<ReportPriority> priorities = List.of(
            new ReportPriority(1, "Mental health initiatives", 3L, "Priya Shah", Rag.GREEN, UpdateState.UPDATED,
                    Rag.AMBER, REASON, PROGRESS, "Cover the third village.", "Book venues early.", null,
                    "Winter pressures may stop the bus.", "Priya Shah", PUBLISHED),
            new ReportPriority(2, "Green and blue social prescribing", 4L, "Jo Bennett", Rag.GREEN,
                    UpdateState.UPDATED, Rag.GREEN, null, "Walks started at the reservoir.", "Add a second walk.",
                    null, "A venue in Market Harborough.", null, "Jo Bennett", PUBLISHED),
            new ReportPriority(3, "An Admiral Nurse for Harborough", 2L, "Helen Carter", Rag.BLUE,
                    UpdateState.NOT_ASKED, null, null, null, null, null, null, null, null, null),
            new ReportPriority(4, "Tailoring services to the Armed Forces community", 4L, "Jo Bennett",
                    Rag.GREEN, UpdateState.NOT_UPDATED, null, null, null, null, null, null, null, null, null));

    /** As the draft writes it from the owners' updates, then a line the lead added. */
    private final ReportSections sections = new ReportSections(
            "• " + ReportDrafts.summaryLine("Mental health initiatives", Rag.AMBER, REASON, false) + "\n"
                    + "• " + ReportDrafts.summaryLine("Green and blue social prescribing", Rag.GREEN, null,
                    false) + "\n"
                    + "• " + ReportDrafts.summaryLine("An Admiral Nurse for Harborough", Rag.BLUE, null,
                    false) + "\n"
                    + "• " + ReportDrafts.summaryLine("Tailoring services to the Armed Forces community",
                    Rag.GREEN, null, true) + "\n"
                    + "Overall the plan is on track; the board is asked to note the bus.",
            "• Mental health initiatives: completed the first village round.",
            "• Mental health initiatives: " + ReportDrafts.keepLines(PROGRESS) + "\n"
                    + "• Green and blue social prescribing: Walks started at the reservoir.",
            "1. Cover the third village.\n2. Add a second walk.",
            null, "• Green and blue social prescribing: A venue in Market Harborough.",
            "-Referrals stalled",
            "Not updated by the deadline:\n• Tailoring services to the Armed Forces community (Jo Bennett)");

    private final ReportDetails report = new ReportDetails(7, 1, "Harborough INT", YearMonth.of(2026, 11),
            "Harborough INT – November 2026", ReportStatus.PUBLISHED, Instant.parse("2026-11-02T07:00:00Z"),
            "The monthly schedule", Instant.parse("2026-11-09T07:00:00Z"), Instant.parse("2026-11-07T07:00:00Z"),
            null, sections, null, "Helen Carter", Instant.parse("2026-11-10T09:00:00Z"), "Helen Carter", PUBLISHED,
            PUBLISHED, priorities, List.of(), List.of(), false);

    @Test
    void the_word_document_is_a4_with_page_numbers_and_real_heading_styles_the_navigation_pane_reads()
            throws Exception {
        try (XWPFDocument document = word()) {
            PrintCheck.assertA4WithPageNumbers(document);
            assertThat(document.getStyles().getStyle(WordPages.HEADING_1).getName()).isEqualTo("heading 1");
            assertThat(document.getStyles().getStyle(WordPages.HEADING_2).getName()).isEqualTo("heading 2");
            assertThat(document.getStyles().getStyle(WordPages.HEADING_1).getCTStyle().getPPr().getOutlineLvl()
                    .getVal().intValue()).isZero();

            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getStyle()).isEqualTo(WordPages.HEADING_1);
            assertThat(paragraphs.get(0).getText()).isEqualTo("Highlight report: Harborough INT – November 2026");
            assertThat(paragraphs).filteredOn(p -> WordPages.HEADING_2.equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).containsExactly("Priorities", "Outcomes",
                            "Key activities completed last month", "Key activities for next month",
                            "Learning to share", "Requests for help or support", "Issues and risks",
                            "Updates not received in time");
        }
    }

    @Test
    void points_are_real_lists_from_the_numbering_part_not_typed_bullets_or_numbers() throws Exception {
        try (XWPFDocument document = word()) {
            assertThat(document.getNumbering()).isNotNull();
            XWPFParagraph walks = paragraph(document, "Green and blue social prescribing: Walks started at the "
                    + "reservoir.");
            assertThat(walks.getNumID()).isNotNull();
            assertThat(walks.getNumFmt()).isEqualTo("bullet");
            XWPFParagraph second = paragraph(document, "Add a second walk.");
            assertThat(second.getNumFmt()).isEqualTo("decimal");
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .noneMatch(text -> text.startsWith("•") || text.matches("^\\d\\. .*"));
            // a line that only starts with a dash is text, not a point
            assertThat(paragraph(document, "-Referrals stalled").getNumID()).isNull();
        }
    }

    @Test
    void an_owners_line_breaks_are_kept_in_the_table_and_in_the_sections() throws Exception {
        try (XWPFDocument document = word()) {
            XWPFTableCell why = document.getTables().get(0).getRow(1).getCell(3);
            assertThat(why.getText()).isEqualTo("Coffee Bus driver off sick.\nThe second driver starts in January.");
            assertThat(why.getParagraphs().get(0).getCTP().xmlText()).contains("<w:br/>");

            XWPFParagraph progress = paragraph(document, "Mental health initiatives: Two village sessions ran.\n"
                    + "Speak Out article published.");
            assertThat(progress.getNumFmt()).isEqualTo("bullet");
            assertThat(progress.getCTP().xmlText()).contains("<w:br/>");
        }
    }

    @Test
    void the_priorities_are_said_once_the_table_and_only_what_the_lead_added() throws Exception {
        try (XWPFDocument document = word()) {
            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).noneMatch(t -> t.startsWith("Mental health initiatives – Amber"));
            assertThat(texts).noneMatch(t -> t.contains("(not updated this month)"));
            assertThat(texts).contains("Overall the plan is on track; the board is asked to note the bus.");
            assertThat(texts).filteredOn(t -> t.equals("Priorities")).hasSize(1);
            assertThat(texts).noneMatch(t -> t.contains("Team: Harborough INT"));
            assertThat(texts.get(1)).startsWith("Published 10 November 2026");
        }
    }

    @Test
    void both_sheets_print_a4_landscape_one_page_wide_with_rows_tall_enough_for_their_text() throws Exception {
        byte[] bytes = ReportExcelWriter.write(report, PortalTime.DEFAULT_ZONE);
        PrintCheck.keep("highlight-report.xlsx", bytes);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            PrintCheck.assertA4LandscapeFitToWidth(workbook.getSheet(ReportExcelWriter.REPORT_SHEET), 0);
            XSSFSheet priorities = workbook.getSheet(ReportExcelWriter.PRIORITIES_SHEET);
            PrintCheck.assertA4LandscapeFitToWidth(priorities, 1);

            Row mentalHealth = priorities.getRow(1);
            assertThat(mentalHealth.getHeightInPoints()).as("two lines of reason and of progress")
                    .isGreaterThanOrEqualTo(2 * 15);
            Row sections = row(workbook.getSheet(ReportExcelWriter.REPORT_SHEET), "Updates not received in time");
            assertThat(sections.getHeightInPoints()).isGreaterThanOrEqualTo(2 * 15);
        }
    }

    private XWPFDocument word() throws Exception {
        byte[] bytes = ReportWordWriter.write(report, PortalTime.DEFAULT_ZONE);
        PrintCheck.keep("highlight-report.docx", bytes);
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text) {
        return document.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No paragraph " + text));
    }

    private static Row row(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row " + label);
    }
}
