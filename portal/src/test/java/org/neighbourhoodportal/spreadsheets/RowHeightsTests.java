package org.neighbourhoodportal.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RowHeightsTests {

    @Test
    void a_row_grows_to_the_lines_its_longest_wrapped_cell_needs() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet();
            Row shortRow = sheet.createRow(0);
            shortRow.createCell(0).setCellValue("VASL");
            shortRow.createCell(1).setCellValue(1200);
            Row longRow = sheet.createRow(1);
            longRow.createCell(0).setCellValue("Voluntary Action South Leicestershire and Harborough District Council");
            longRow.createCell(1).setCellValue("Two lines\nof its own");

            RowHeights.fit(shortRow, new int[] {22, 10});
            RowHeights.fit(longRow, new int[] {22, 10});

            assertThat(shortRow.getHeightInPoints()).isEqualTo(RowHeights.LINE_POINTS);
            // 69 characters in a column of 22: four lines of at most 21
            assertThat(longRow.getHeightInPoints()).isEqualTo(4 * RowHeights.LINE_POINTS);
        }
    }

    @Test
    void explicit_line_breaks_count_and_an_empty_text_is_one_line() {
        assertThat(RowHeights.lines("a\nb\nc", 30)).isEqualTo(3);
        assertThat(RowHeights.lines("", 30)).isEqualTo(1);
        assertThat(RowHeights.lines("x".repeat(40), 21)).isEqualTo(2);
    }
}
