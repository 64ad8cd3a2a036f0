package org.neighbourhoodportal.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.neighbourhoodportal.documents.SheetPrint;
import org.neighbourhoodportal.workplan.Rag;

/**
 * A published highlight report as an Excel workbook: a sheet with the report's sections, and a sheet with every
 * priority, its status and what its owner wrote.
 *
 * <p>Everything people typed is written as text, never as a formula; text that Excel would read as one when edited
 * (starting with {@code = + - @}, or a tab or carriage return) is also marked "quote prefixed", as if typed after an
 * apostrophe, so it stays text.
 */
final class ReportExcelWriter {

    static final String REPORT_SHEET = "Report";
    static final String PRIORITIES_SHEET = "Priorities";
    static final List<String> PRIORITY_HEADINGS = List.of("Priority", "Lead", "RAG", "Status", "Why this status",
            "Update", "Progress this month", "Next month", "Learning to share", "Help or support needed",
            "Issues and risks");

    private ReportExcelWriter() {
    }

    static byte[] write(ReportDetails report, ZoneId zone) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(report.title() + " – highlight report");
            workbook.getProperties().getCoreProperties().setCreator("Neighbourhood Portal");
            Styles styles = new Styles(workbook);
            reportSheet(workbook, styles, report, zone);
            prioritiesSheet(workbook, styles, report);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Excel workbook", e);
        }
    }

    private static void reportSheet(XSSFWorkbook workbook, Styles styles, ReportDetails report, ZoneId zone) {
        XSSFSheet sheet = workbook.createSheet(REPORT_SHEET);
        sheet.setColumnWidth(0, 38 * 256);
        sheet.setColumnWidth(1, 110 * 256);
        int r = 0;
        Row title = sheet.createRow(r++);
        text(title, 0, "Highlight report", styles.title, styles.title);
        text(title, 1, report.title(), styles.title, styles.quotedTitle);
        r = fact(sheet, r, styles, "Team", report.teamName());
        r = fact(sheet, r, styles, "Period", report.periodLabel());
        r = fact(sheet, r, styles, "Status", report.status().label());
        Row published = sheet.createRow(r++);
        text(published, 0, "Published on", styles.label, styles.label);
        if (report.publishedAt() != null) {
            Cell date = published.createCell(1, CellType.NUMERIC);
            date.setCellValue(report.publishedAt().atZone(zone).toLocalDateTime());
            date.setCellStyle(styles.date);
        }
        r = fact(sheet, r, styles, "Compiled by", report.compiledBy());
        r = fact(sheet, r, styles, "Approved by", report.approvedBy());
        r++;
        Row header = sheet.createRow(r++);
        text(header, 0, "Section", styles.header, styles.header);
        text(header, 1, "Text", styles.header, styles.header);
        ReportSections sections = report.sections();
        if (sections != null) {
            r = section(sheet, r, styles, ReportWordWriter.PRIORITIES_HEADING, sections.prioritiesSummary());
            for (ReportSections.Section section : sections.sectionsAfterPriorities()) {
                r = section(sheet, r, styles, section.heading(), section.text());
            }
        }
        sheet.forEach(SheetPrint::fitHeight);
        SheetPrint.a4Landscape(sheet, 0, report.title() + " – highlight report");
    }

    private static void prioritiesSheet(XSSFWorkbook workbook, Styles styles, ReportDetails report) {
        XSSFSheet sheet = workbook.createSheet(PRIORITIES_SHEET);
        Row header = sheet.createRow(0);
        for (int i = 0; i < PRIORITY_HEADINGS.size(); i++) {
            text(header, i, PRIORITY_HEADINGS.get(i), styles.header, styles.header);
            // narrow enough that eleven columns printed one page wide stay readable; rows grow to fit instead
            sheet.setColumnWidth(i, (i == 0 ? 28 : i == 1 ? 18 : i <= 3 ? 11 : 22) * 256);
        }
        sheet.createFreezePane(1, 1);
        int r = 1;
        for (ReportPriority priority : report.priorities()) {
            Row row = sheet.createRow(r++);
            Rag rag = priority.currentRag();
            String colour = rag.name().charAt(0) + rag.name().substring(1).toLowerCase();
            text(row, 0, priority.title(), styles.wrap, styles.quoted);
            text(row, 1, priority.ownerName() == null ? "INT leads" : priority.ownerName(), styles.wrap,
                    styles.quoted);
            text(row, 2, colour, styles.rag.get(rag), styles.rag.get(rag));
            text(row, 3, rag.label(), styles.wrap, styles.quoted);
            text(row, 4, ReportWordWriter.why(priority), styles.wrap, styles.quoted);
            text(row, 5, priority.state().label(), styles.wrap, styles.quoted);
            text(row, 6, priority.progress(), styles.wrap, styles.quoted);
            text(row, 7, priority.nextMonth(), styles.wrap, styles.quoted);
            text(row, 8, priority.learning(), styles.wrap, styles.quoted);
            text(row, 9, priority.helpNeeded(), styles.wrap, styles.quoted);
            text(row, 10, priority.issuesRisks(), styles.wrap, styles.quoted);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, PRIORITY_HEADINGS.size() - 1));
        sheet.forEach(SheetPrint::fitHeight);
        SheetPrint.a4Landscape(sheet, 1, report.title() + " – priorities");
    }

    private static int fact(XSSFSheet sheet, int r, Styles styles, String label, String value) {
        Row row = sheet.createRow(r);
        text(row, 0, label, styles.label, styles.label);
        text(row, 1, value, styles.wrap, styles.quoted);
        return r + 1;
    }

    private static int section(XSSFSheet sheet, int r, Styles styles, String heading, String text) {
        Row row = sheet.createRow(r);
        text(row, 0, heading, styles.label, styles.label);
        text(row, 1, text == null || text.isBlank() ? "None this month." : text.strip(), styles.wrap,
                styles.quoted);
        return r + 1;
    }

    /** A text cell, never a formula; text Excel would take for one is quote-prefixed. */
    private static void text(Row row, int column, String value, CellStyle plain, CellStyle quoted) {
        Cell cell = row.createCell(column, CellType.STRING);
        String text = value == null ? "" : value;
        cell.setCellValue(text);
        cell.setCellStyle(looksLikeFormula(text) ? quoted : plain);
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle quotedTitle;
        final XSSFCellStyle label;
        final XSSFCellStyle header;
        final XSSFCellStyle wrap;
        final XSSFCellStyle quoted;
        final XSSFCellStyle date;
        final Map<Rag, XSSFCellStyle> rag = new EnumMap<>(Rag.class);

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            quotedTitle = workbook.createCellStyle();
            quotedTitle.cloneStyleFrom(title);
            quotedTitle.setQuotePrefixed(true);
            label = workbook.createCellStyle();
            label.setFont(bold);
            label.setVerticalAlignment(VerticalAlignment.TOP);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xDC, (byte) 0xE6, (byte) 0xF2}, null));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            quoted = workbook.createCellStyle();
            quoted.cloneStyleFrom(wrap);
            quoted.setQuotePrefixed(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d mmmm yyyy"));
            date.setAlignment(HorizontalAlignment.LEFT);
            for (Rag value : Rag.values()) {
                XSSFCellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(wrap);
                style.setFont(bold);
                style.setFillForegroundColor(new XSSFColor(fill(value), null));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                rag.put(value, style);
            }
        }

        private static byte[] fill(Rag rag) {
            return switch (rag) {
                case BLUE -> new byte[] {(byte) 0xCC, (byte) 0xDF, (byte) 0xF1};
                case GREEN -> new byte[] {(byte) 0xCC, (byte) 0xE5, (byte) 0xD8};
                case AMBER -> new byte[] {(byte) 0xFF, (byte) 0xEA, (byte) 0xB8};
                case RED -> new byte[] {(byte) 0xF6, (byte) 0xD4, (byte) 0xD1};
            };
        }
    }
}
