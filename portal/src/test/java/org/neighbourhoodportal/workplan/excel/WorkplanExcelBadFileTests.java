package org.neighbourhoodportal.workplan.excel;

import org.neighbourhoodportal.spreadsheets.RowProblem;
import org.neighbourhoodportal.spreadsheets.ExcelImportException;
import org.neighbourhoodportal.spreadsheets.HostileWorkbooks;
import org.neighbourhoodportal.spreadsheets.WorkbookReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.ActionRiskService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Files that are not what the portal expects get one plain sentence, never a stack trace or POI's words, and are
 * refused before the portal holds more of them than it must.
 */
@ExcelTest
class WorkplanExcelBadFileTests {

    @Autowired RunAs runAs;
    @Autowired WorkplanService workplan;
    @Autowired ActionRiskService actionRiskService;
    @Autowired PriorityService priorityService;
    @Autowired WorkplanExcelService excel;

    private ExcelFixture fixture;
    private long planId;

    @BeforeEach
    void fixture() {
        fixture = new ExcelFixture(runAs, workplan, priorityService, actionRiskService, excel);
        planId = fixture.harboroughPlan();
    }

    @Test
    void a_text_file_renamed_to_xlsx_is_not_a_workbook() {
        assertRefused("Priorities,Actions\n1,2\n".getBytes(StandardCharsets.UTF_8), WorkbookReader.NOT_A_WORKBOOK);
    }

    @Test
    void a_pdf_is_named_as_a_pdf() {
        assertRefused("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1),
                WorkbookReader.PDF);
    }

    @Test
    void an_empty_file_is_named_as_empty() {
        assertRefused(new byte[0], WorkbookReader.EMPTY);
    }

    @Test
    void an_old_style_xls_workbook_is_refused_with_how_to_save_it_as_xlsx() throws IOException {
        try (HSSFWorkbook old = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            old.createSheet("Priorities");
            old.write(out);
            assertRefused(out.toByteArray(), WorkbookReader.OLD_FORMAT);
        }
    }

    @Test
    void a_zip_that_is_not_a_workbook_is_not_a_workbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("Not a spreadsheet".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertRefused(bytes.toByteArray(), WorkbookReader.NOT_A_WORKBOOK);
    }

    @Test
    void a_workbook_cut_short_is_called_damaged_not_something_other_than_a_workbook() {
        byte[] exported = fixture.export(LEAD, planId);
        byte[] cut = java.util.Arrays.copyOf(exported, exported.length / 2);
        assertRefused(cut, WorkbookReader.DAMAGED);
    }

    @Test
    void a_workbook_without_the_actions_sheet_names_the_missing_sheet() {
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook ->
                workbook.setSheetName(workbook.getSheetIndex("Actions"), "My actions"));
        assertRefused(edited, "The workbook has no sheet called “Actions”. Keep the sheets named Priorities and "
                + "Actions as they were exported.");
    }

    @Test
    void missing_columns_are_named() {
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook -> {
            Sheet actions = workbook.getSheet("Actions");
            actions.getRow(0).getCell(ActionColumn.DUE.ordinal()).setCellValue("Due date");
            actions.getRow(0).removeCell(actions.getRow(0).getCell(ActionColumn.STATUS.ordinal()));
        });
        assertRefused(edited, "The Actions sheet is missing the columns “Due” and “Status”. Keep the headings in "
                + "the first row as they were exported, or export the plan again.");
    }

    @Test
    void columns_in_another_order_and_extra_columns_of_ones_own_are_fine() {
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook -> {
            Sheet actions = workbook.getSheet("Actions");
            Row headings = actions.getRow(0);
            // swap the Owner and Status headings and their values, and add a column of notes
            int owner = ActionColumn.OWNER.ordinal();
            int status = ActionColumn.STATUS.ordinal();
            for (Row row : actions) {
                String a = row.getCell(owner) == null ? "" : row.getCell(owner).getStringCellValue();
                String b = row.getCell(status).getStringCellValue();
                row.createCell(owner).setCellValue(b);
                row.createCell(status).setCellValue(a);
                row.createCell(12).setCellValue(row.getRowNum() == 0 ? "My notes" : "call them");
            }
            assertThat(headings.getCell(owner).getStringCellValue()).isEqualTo("Status");
        });
        ImportPreview preview = fixture.preview(planId, edited);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.hasChanges()).isFalse();
    }

    @Test
    void a_bad_date_is_reported_by_sheet_row_and_column() {
        long ownPlan = fixture.freshPlan();
        long falls = fixture.priority(ownPlan, "Falls prevention at home").id();
        byte[] edited = Workbooks.edit(fixture.export(LEAD, ownPlan), workbook ->
                Workbooks.set(workbook.getSheet("Priorities"), falls, "Starts", "next Tuesday"));
        assertThat(fixture.preview(ownPlan, edited).problems()).containsExactly(new RowProblem("Priorities", 2,
                "Starts", "“next Tuesday” is not a date. Enter a date such as 31 Mar 2027."));
    }

    @Test
    void a_file_over_10_mb_is_refused_before_any_of_it_is_parsed() {
        long limit = runAs.person(LEAD, () -> excel.maxFileBytes());
        CountingZeros oversized = new CountingZeros(limit * 3);
        ExcelImportException refused = catchThrowableOfType(() -> runAs.person(LEAD,
                () -> excel.preview(planId, "huge.xlsx", oversized)), ExcelImportException.class);
        assertThat(refused).hasMessage("The file is larger than 10 MB, the most the portal takes. A work plan is "
                + "far smaller than that: check you chose the right file.");
        // reading stopped just past the limit: the rest of the upload was never taken in
        assertThat(oversized.read).isLessThan(limit + 64 * 1024);
    }

    @Test
    void a_compressed_bomb_is_refused_by_pois_inflation_check() throws IOException {
        // the Actions sheet padded with 60 MB of spaces: a few kilobytes packed, far more than 100 times that unpacked
        byte[] bomb = HostileWorkbooks.repack(fixture.export(LEAD, planId), "xl/worksheets/sheet3.xml", 60L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        ExcelImportException refused = assertRefused(bomb, WorkbookReader.BOMB);
        assertThat(refused).rootCause().hasMessageContaining("Zip bomb detected");
    }

    @Test
    void a_zip_that_declares_more_than_100_mb_unpacked_is_refused_before_it_is_opened() throws IOException {
        byte[] bomb = HostileWorkbooks.repack(fixture.export(LEAD, planId), "xl/worksheets/sheet3.xml", 120L * 1024 * 1024);
        assertThat(assertRefused(bomb, WorkbookReader.BOMB).getCause()).as("refused by the portal's own check")
                .isNull();
    }

    @Test
    void a_sheet_of_100000_rows_is_refused_after_reading_no_more_than_the_limit() throws IOException {
        byte[] huge;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet priorities = workbook.createSheet("Priorities");
            Row headings = priorities.createRow(0);
            for (PriorityColumn column : PriorityColumn.values()) {
                headings.createCell(column.ordinal()).setCellValue(column.heading());
            }
            Sheet actions = workbook.createSheet("Actions");
            headings = actions.createRow(0);
            for (ActionColumn column : ActionColumn.values()) {
                headings.createCell(column.ordinal()).setCellValue(column.heading());
            }
            for (int i = 1; i <= 100_000; i++) {
                Row row = actions.createRow(i);
                row.createCell(ActionColumn.PRIORITY_ID.ordinal()).setCellValue(1);
                row.createCell(ActionColumn.TITLE.ordinal()).setCellValue("Action " + i);
                row.createCell(ActionColumn.STATUS.ordinal()).setCellValue("Not started");
            }
            workbook.write(out);
            workbook.dispose();
            huge = out.toByteArray();
        }
        long started = System.nanoTime();
        assertRefused(huge, "The Actions sheet has more than 5,000 rows, the most the portal reads from a sheet. "
                + "Remove the rows you do not need, or bring the changes in over two uploads.");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void a_workbook_that_passes_its_own_checks_is_still_only_read_in_its_two_sheets() {
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook -> {
            workbook.createSheet("Scratch").createRow(0).createCell(0).setCellValue("=not read at all");
        });
        assertThat(fixture.preview(planId, edited).hasChanges()).isFalse();
    }

    private ExcelImportException assertRefused(byte[] file, String message) {
        ExcelImportException refused = catchThrowableOfType(() -> fixture.preview(planId, file),
                ExcelImportException.class);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.getMessage()).isEqualTo(message);
        assertThat(refused.getMessage()).doesNotContainIgnoringCase("exception").doesNotContain("org.apache");
        return refused;
    }

    /** An endless-looking upload of zeros that counts how much of it was read. */
    private static final class CountingZeros extends InputStream {
        private final long size;
        long read;

        CountingZeros(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            read += n;
            return n;
        }
    }
}
