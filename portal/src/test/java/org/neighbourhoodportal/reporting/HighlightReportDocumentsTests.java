package org.neighbourhoodportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.reporting.domain.HighlightReportPriority;
import org.neighbourhoodportal.workplan.Rag;

/**
 * The Word and Excel files of a published report, written and read back with Apache POI: they open, hold every
 * section and priority, and nothing anyone typed can run as a formula.
 */
class HighlightReportDocumentsTests {

    private static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"Click me\")";
    private static final Instant PUBLISHED = Instant.parse("2026-11-10T15:30:00Z");

    private final ReportDetails report = new ReportDetails(7, 1, "Harborough INT", YearMonth.of(2026, 11),
            "Harborough INT – November 2026", ReportStatus.PUBLISHED, Instant.parse("2026-11-02T07:00:00Z"),
            "The monthly schedule", Instant.parse("2026-11-09T07:00:00Z"), Instant.parse("2026-11-07T07:00:00Z"),
            null,
            new ReportSections("• Mental health initiatives – Amber – at risk\n• " + FORMULA_TITLE,
                    "=1+1 more people seen", "• Two village sessions ran.\n• Speak Out article published.",
                    "• Cover the third village.", null, "+44 7700 900123 for a venue", "-Referrals stalled",
                    "Not updated by the deadline:\n• Tailoring services to the Armed Forces community (Jo Bennett)"),
            null, "Helen Carter", Instant.parse("2026-11-10T09:00:00Z"), "Helen Carter", PUBLISHED, PUBLISHED,
            List.of(
                    new ReportPriority(1, "Mental health initiatives", 3L, "Priya Shah", Rag.GREEN,
                            UpdateState.UPDATED, Rag.AMBER, "Coffee Bus driver off sick.", "Two village sessions ran.",
                            "Cover the third village.", null, null, null, "Priya Shah", PUBLISHED),
                    new ReportPriority(2, FORMULA_TITLE, 4L, "Jo Bennett", Rag.GREEN, UpdateState.UPDATED,
                            Rag.GREEN, null, "-2 walkers this month", "@council please reply", "\tTabbed learning",
                            null, null, "Jo Bennett", PUBLISHED),
                    new ReportPriority(3, "An Admiral Nurse for Harborough", 2L, "Helen Carter", Rag.BLUE,
                            UpdateState.NOT_ASKED, null, null, null, null, null, null, null, null, null),
                    new ReportPriority(4, "Tailoring services to the Armed Forces community", 4L, "Jo Bennett",
                            Rag.GREEN, UpdateState.NOT_UPDATED, null, null, null, null, null, null, null, null,
                            null)),
            List.of(), List.of(), false);

    @Test
    void the_word_document_opens_with_its_title_a_table_of_priorities_and_each_section_under_its_heading()
            throws Exception {
        byte[] bytes = ReportWordWriter.write(report, PortalTime.DEFAULT_ZONE);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(document.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Harborough INT – November 2026 – highlight report");
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("Highlight report: Harborough INT – November 2026");
            assertThat(paragraphs.get(1)).contains("Published 10 November 2026", "compiled by Helen Carter");
            // points are list paragraphs (numbering.xml), so the typed "• " is not part of their text
            assertThat(paragraphs).containsSubsequence("Priorities",
                    "Mental health initiatives – Amber – at risk", FORMULA_TITLE,
                    "Outcomes", "=1+1 more people seen",
                    "Key activities completed last month", "Two village sessions ran.",
                    "Speak Out article published.",
                    "Key activities for next month", "Cover the third village.",
                    "Learning to share", "None this month.",
                    "Requests for help or support", "+44 7700 900123 for a venue",
                    "Issues and risks", "-Referrals stalled",
                    "Updates not received in time", "Not updated by the deadline:",
                    "Tailoring services to the Armed Forces community (Jo Bennett)");

            assertThat(document.getTables()).hasSize(1);
            XWPFTable table = document.getTables().get(0);
            assertThat(texts(table.getRow(0))).containsExactlyElementsOf(ReportWordWriter.TABLE_HEADINGS);
            assertThat(table.getRows()).hasSize(5);
            assertThat(texts(table.getRow(1)))
                    .containsExactly("Mental health initiatives", "Priya Shah", "Amber – at risk",
                            "Coffee Bus driver off sick.");
            assertThat(table.getRow(1).getCell(2).getColor()).isEqualTo("FFEAB8");
            assertThat(texts(table.getRow(3)))
                    .containsExactly("An Admiral Nurse for Harborough", "Helen Carter", "Blue – complete", "Complete");
            assertThat(texts(table.getRow(4))).containsExactly("Tailoring services to the Armed Forces community",
                    "Jo Bennett", "Green – on track", "Not updated this month");
        }
    }

    @Test
    void the_workbook_opens_with_a_sheet_of_sections_and_a_sheet_of_priorities() throws Exception {
        byte[] bytes = ReportExcelWriter.write(report, PortalTime.DEFAULT_ZONE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet sections = workbook.getSheet(ReportExcelWriter.REPORT_SHEET);
            assertThat(value(sections, "Highlight report", 1)).isEqualTo("Harborough INT – November 2026");
            assertThat(value(sections, "Team", 1)).isEqualTo("Harborough INT");
            assertThat(value(sections, "Period", 1)).isEqualTo("November 2026");
            assertThat(value(sections, "Status", 1)).isEqualTo("Published");
            Cell published = row(sections, "Published on").getCell(1);
            assertThat(published.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(published)).isTrue();
            assertThat(value(sections, "Priorities", 1)).startsWith("• Mental health initiatives – Amber");
            assertThat(value(sections, "Key activities completed last month", 1))
                    .isEqualTo("• Two village sessions ran.\n• Speak Out article published.");
            assertThat(value(sections, "Key activities for next month", 1)).isEqualTo("• Cover the third village.");
            assertThat(value(sections, "Learning to share", 1)).isEqualTo("None this month.");
            assertThat(value(sections, "Requests for help or support", 1)).isEqualTo("+44 7700 900123 for a venue");
            assertThat(value(sections, "Issues and risks", 1)).isEqualTo("-Referrals stalled");
            assertThat(value(sections, "Updates not received in time", 1)).contains("(Jo Bennett)");

            Sheet priorities = workbook.getSheet(ReportExcelWriter.PRIORITIES_SHEET);
            assertThat(texts(priorities.getRow(0))).containsExactlyElementsOf(ReportExcelWriter.PRIORITY_HEADINGS);
            assertThat(priorities.getLastRowNum()).isEqualTo(4);
            assertThat(texts(priorities.getRow(1)).subList(0, 7)).containsExactly("Mental health initiatives",
                    "Priya Shah", "Amber", "At risk", "Coffee Bus driver off sick.", "Updated",
                    "Two village sessions ran.");
            assertThat(texts(priorities.getRow(3)).subList(0, 6)).containsExactly("An Admiral Nurse for Harborough",
                    "Helen Carter", "Blue", "Complete", "Complete", "Complete – not asked");
            assertThat(texts(priorities.getRow(4)).subList(0, 6)).containsExactly(
                    "Tailoring services to the Armed Forces community", "Jo Bennett", "Green", "On track",
                    "Not updated this month", "Not updated in time");
            assertThat(priorities.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void text_that_looks_like_a_formula_stays_text_in_excel() throws Exception {
        byte[] bytes = ReportExcelWriter.write(report, PortalTime.DEFAULT_ZONE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<XSSFCell> cells = new ArrayList<>();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.add((XSSFCell) cell))));
            assertThat(cells).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);

            Sheet priorities = workbook.getSheet(ReportExcelWriter.PRIORITIES_SHEET);
            XSSFCell title = (XSSFCell) priorities.getRow(2).getCell(0);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo(FORMULA_TITLE);
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            for (String risky : List.of(FORMULA_TITLE, "-2 walkers this month", "@council please reply",
                    "\tTabbed learning", "=1+1 more people seen", "+44 7700 900123 for a venue",
                    "-Referrals stalled")) {
                assertThat(cells).as(risky).filteredOn(cell -> cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().equals(risky))
                        .isNotEmpty()
                        .allSatisfy(cell -> assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue());
            }
            XSSFCell plain = (XSSFCell) priorities.getRow(1).getCell(0);
            assertThat(plain.getStringCellValue()).isEqualTo("Mental health initiatives");
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void the_lead_starts_from_a_draft_that_lists_completed_priorities_as_outcomes_and_the_missing_updates() {
        HighlightReportPriority completed = new HighlightReportPriority(1, 11, "Admiral Nurse in post", 2L,
                "Helen Carter", 1, Rag.GREEN, true);
        completed.update(new OwnerUpdate(Rag.BLUE, null, "Started in post on Monday.", "Introductions to the PCNs.",
                null, null, null), 2L, "Helen Carter", PUBLISHED);
        HighlightReportPriority missed = new HighlightReportPriority(1, 12, "Weight management", 5L, "Tom Whitfield",
                2, Rag.AMBER, true);
        missed.missed();
        HighlightReportPriority done = new HighlightReportPriority(1, 13, "Nutrition", 5L, "Tom Whitfield", 3,
                Rag.BLUE, false);

        ReportSections draft = ReportDrafts.draft(List.of(completed, missed, done));

        assertThat(draft.prioritiesSummary()).isEqualTo("• Admiral Nurse in post – Blue – complete\n"
                + "• Weight management – Amber – at risk (not updated this month)\n"
                + "• Nutrition – Blue – complete");
        assertThat(draft.outcomes()).isEqualTo("• Admiral Nurse in post: completed this month.");
        assertThat(draft.completedLastMonth()).isEqualTo("• Admiral Nurse in post: Started in post on Monday.");
        assertThat(draft.plannedNextMonth()).isEqualTo("• Admiral Nurse in post: Introductions to the PCNs.");
        assertThat(draft.learningToShare()).isEmpty();
        assertThat(draft.missedUpdates())
                .isEqualTo("Not updated by the deadline:\n• Weight management (Tom Whitfield)");
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static Row row(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row " + label + " in " + sheet.getSheetName());
    }

    private static String value(Sheet sheet, String label, int column) {
        return row(sheet, label).getCell(column).getStringCellValue();
    }
}
