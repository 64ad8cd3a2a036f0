package org.neighbourhoodportal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The shared print set-up for spreadsheets, on a sheet of its own. */
class SheetPrintTests {

    @Test
    void wrapped_text_counts_its_lines_by_words_and_by_the_lines_people_typed() {
        assertThat(SheetPrint.linesOf("short", 20)).isEqualTo(1);
        assertThat(SheetPrint.linesOf("one two three four five six", 10)).isEqualTo(3);
        assertThat(SheetPrint.linesOf("first line\nsecond line\n\nafter a blank", 40)).isEqualTo(4);
        assertThat(SheetPrint.linesOf("x".repeat(25), 10)).isEqualTo(3);
    }

    @Test
    void a_row_grows_to_show_its_longest_wrapped_cell_and_a_hidden_column_does_not_count() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Plan");
            sheet.setColumnWidth(0, 21 * 256);
            sheet.setColumnWidth(1, 11 * 256);
            sheet.setColumnHidden(1, true);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("one two three four five six seven eight nine ten eleven twelve");
            row.getCell(0).setCellStyle(wrap);
            row.createCell(1).setCellValue("hidden ".repeat(40));
            row.getCell(1).setCellStyle(wrap);
            SheetPrint.fitHeight(row);

            assertThat(row.getHeightInPoints()).isEqualTo(4 * SheetPrint.LINE_POINTS + 2);
        }
    }

    @Test
    void a_sheet_prints_on_a4_landscape_one_page_wide_with_its_headings_on_every_page() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Plan");
            SheetPrint.a4Landscape(sheet, 1, "Plan & actions");
            PrintCheck.assertA4LandscapeFitToWidth(sheet, 1);
            assertThat(sheet.getFooter().getLeft()).isEqualTo("Plan && actions");
        }
    }
}
