package org.neighbourhoodportal.workplan.excel;

import org.neighbourhoodportal.spreadsheets.LibreOffice;
import org.neighbourhoodportal.spreadsheets.RowProblem;
import org.neighbourhoodportal.spreadsheets.ExcelImportException;
import org.neighbourhoodportal.spreadsheets.WorkbookReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.ActionRiskService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Workbooks as people really save them: from a Mac (the 1904 date system), from LibreOffice (percentages held as
 * fractions), with formulas, with names typed with odd spaces, in Strict Open XML, and cut short. Each would once have
 * given a wrong preview with Apply enabled, or refused a good file.
 */
@ExcelTest
class WorkplanExcelRealFilesTests {

    private static final String NBSP = "\u00A0";

    @Autowired RunAs runAs;
    @Autowired WorkplanService workplan;
    @Autowired ActionRiskService actionRiskService;
    @Autowired PriorityService priorityService;
    @Autowired WorkplanExcelService excel;

    private ExcelFixture fixture;
    private long planId;
    private PriorityRow falls;
    private PriorityRow carers;
    private ActionRow checklist;
    private ActionRow classes;
    private ActionRow cafe;

    @BeforeEach
    void fixture() {
        fixture = new ExcelFixture(runAs, workplan, priorityService, actionRiskService, excel);
        planId = fixture.freshPlan();
        falls = fixture.priority(planId, "Falls prevention at home");
        carers = fixture.priority(planId, "Support for unpaid carers");
        checklist = fixture.action(planId, "Home safety checklist with Fire & Rescue");
        classes = fixture.action(planId, "Strength and balance classes in three villages");
        cafe = fixture.action(planId, "Carers' café at the library");
    }

    // ---- the 1904 date system -----------------------------------------------------------------------------------

    @Test
    void a_workbook_in_the_1904_date_system_shows_the_same_days_and_only_the_date_that_was_changed() {
        int year = falls.startsOn().getYear();
        byte[] mac = Workbooks.edit(fixture.export(LEAD, planId), workbook -> {
            in1904(workbook);
            Workbooks.set(workbook.getSheet("Actions"), checklist.id(), "Due", LocalDate.of(year, 10, 15));
        });
        try (XSSFWorkbook saved = Workbooks.open(mac)) {
            assertThat(saved.isDate1904()).isTrue();
            // the day is stored as the 1904 count: 1,462 days fewer than the 1900 count
            double serial = Workbooks.cell(saved.getSheet("Priorities"), falls.id(), "Starts").getNumericCellValue();
            assertThat(serial).isEqualTo(DateUtil.getExcelDate(falls.startsOn(), false) - 1462);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        ImportPreview preview = fixture.preview(planId, mac);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.additions()).isEmpty();
        assertThat(preview.changes()).containsExactly(new RowChange("Actions", 2, checklist.id(), checklist.title(),
                List.of(new FieldChange("Due", "30 Sept " + year, "15 Oct " + year))));
    }

    @Test
    void a_plain_number_in_a_date_column_is_read_by_the_workbooks_own_date_system() {
        int year = falls.startsOn().getYear();
        // a plain number is taken for a date only from 1990 to 2099; the fixture's plans are in later years
        LocalDate due = LocalDate.of(2030, 10, 15);
        byte[] mac = Workbooks.edit(fixture.export(LEAD, planId), workbook -> {
            in1904(workbook);
            // the day count without a date format, as a pasted value would be
            Cell cell = Workbooks.cell(workbook.getSheet("Actions"), checklist.id(), "Due");
            cell.setCellStyle(workbook.createCellStyle());
            cell.setCellValue(DateUtil.getExcelDate(due, true));
        });

        ImportPreview preview = fixture.preview(planId, mac);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).singleElement().isEqualTo(new RowChange("Actions", 2, checklist.id(),
                checklist.title(), List.of(new FieldChange("Due", "30 Sept " + year, "15 Oct 2030"))));
    }

    // ---- percentages --------------------------------------------------------------------------------------------

    @Test
    void a_cell_formatted_as_a_percentage_holding_1_is_100_percent() {
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook -> {
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            Sheet actions = workbook.getSheet("Actions");
            // what Excel and LibreOffice store when someone types "100%" or "75%" into the cell
            Cell done = Workbooks.cell(actions, checklist.id(), "% complete");
            done.setCellValue(1);
            done.setCellStyle(percent);
            Cell most = Workbooks.cell(actions, classes.id(), "% complete");
            most.setCellValue(0.75);
            most.setCellStyle(percent);
        });

        ImportPreview preview = fixture.preview(planId, edited);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).extracting(RowChange::fields).containsExactly(
                List.of(new FieldChange("% complete", "40%", "100%")),
                List.of(new FieldChange("% complete", "0%", "75%")));
    }

    @Test
    void a_percentage_that_is_not_a_whole_percent_is_refused_as_it_shows() {
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook -> {
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            Cell cell = Workbooks.cell(workbook.getSheet("Actions"), checklist.id(), "% complete");
            cell.setCellValue(0.425);
            cell.setCellStyle(percent);
        });

        assertThat(fixture.preview(planId, edited).problems()).containsExactly(new RowProblem("Actions", 2,
                "% complete", "“42.5%” is not a whole number from 0 to 100."));
    }

    // ---- formulas -----------------------------------------------------------------------------------------------

    @Test
    void a_formula_whose_result_was_not_saved_is_refused_naming_the_sheet_and_cell() {
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook -> {
            Sheet actions = workbook.getSheet("Actions");
            XSSFCell cell = (XSSFCell) Workbooks.cell(actions, checklist.id(), "% complete");
            cell.setCellFormula("40+35");
            if (cell.getCTCell().isSetV()) {
                cell.getCTCell().unsetV(); // as a program that writes formulas without calculating them leaves it
            }
        });
        assertThat(sheetXml(edited, "xl/worksheets/sheet3.xml")).contains("<f>40+35</f></c>");

        ImportPreview preview = fixture.preview(planId, edited);

        assertThat(preview.problems()).containsExactly(new RowProblem("Actions", 2, "% complete", "Cell I2 on the "
                + "Actions sheet has a formula whose result was not saved in the file, so the portal cannot tell its "
                + "value. Open the file in Excel or LibreOffice and save it, so that the result is saved, or type the "
                + "value instead."));
        assertThat(preview.canApply()).isFalse();
    }

    @Test
    void a_formula_with_its_result_saved_is_read_as_that_result() {
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook -> {
            Workbooks.cell(workbook.getSheet("Actions"), checklist.id(), "% complete").setCellFormula("40+35");
            Workbooks.cell(workbook.getSheet("Actions"), cafe.id(), "Owner").setCellFormula("\"Priya \"&\"Shah\"");
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        });

        ImportPreview preview = fixture.preview(planId, edited);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).extracting(RowChange::fields).containsExactly(
                List.of(new FieldChange("% complete", "40%", "75%")),
                List.of(new FieldChange("Owner", "(blank)", "Priya Shah")));
    }

    // ---- spaces people cannot see ---------------------------------------------------------------------------------

    @Test
    void names_statuses_headings_and_sheet_names_that_differ_only_in_spaces_match() {
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook -> {
            Sheet actions = workbook.getSheet("Actions");
            Workbooks.set(actions, checklist.id(), "Owner", "Helen" + NBSP + "Carter"); // was Priya Shah
            Workbooks.set(actions, classes.id(), "Owner", "  helen\tcarter" + NBSP); // as it was
            Workbooks.set(actions, cafe.id(), "Owner", "Priya  Sha\u200Bh "); // was nobody
            Workbooks.set(actions, cafe.id(), "Status", "In" + NBSP + "progress");
            Workbooks.set(actions, classes.id(), "Milestone", "Yes" + NBSP);
            Workbooks.append(actions, "Priority", "Support" + NBSP + "for unpaid\tcarers", "Action", "Carers' clinic",
                    "Status", "not\u202Fstarted");
            Sheet priorities = workbook.getSheet("Priorities");
            Workbooks.set(priorities, carers.id(), "Status (RAG)", NBSP + "Amber" + NBSP);
            priorities.getRow(0).getCell(PriorityColumn.RAG.ordinal()).setCellValue("Status" + NBSP + "(RAG)");
            workbook.setSheetName(workbook.getSheetIndex("Actions"), "Actions" + NBSP);
        });

        ImportPreview preview = fixture.preview(planId, edited);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).extracting(RowChange::id, RowChange::fields).containsExactly(
                org.assertj.core.groups.Tuple.tuple(checklist.id(),
                        List.of(new FieldChange("Owner", "Priya Shah", "Helen Carter"))),
                org.assertj.core.groups.Tuple.tuple(cafe.id(), List.of(
                        new FieldChange("Owner", "(blank)", "Priya Shah"),
                        new FieldChange("Status", "Not started", "In progress"))));
        assertThat(preview.additions()).singleElement().extracting(RowAddition::details)
                .isEqualTo("New action under “Support for unpaid carers”: no owner, no due date, not started, 0% "
                        + "complete");
        assertThat(preview.unchangedPriorities()).isEqualTo(2);
    }

    @Test
    void text_saved_from_the_file_loses_the_invisible_spaces_at_its_ends_but_keeps_its_words() {
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook -> {
            Workbooks.set(workbook.getSheet("Actions"), cafe.id(), "Action",
                    NBSP + "Carers' café at the library" + NBSP + "\t");
            Workbooks.set(workbook.getSheet("Actions"), classes.id(), "Action",
                    "Strength and balance classes in four villages" + NBSP);
        });

        ImportPreview preview = fixture.preview(planId, edited);

        assertThat(preview.changes()).singleElement().extracting(RowChange::fields).isEqualTo(List.of(
                new FieldChange("Action", classes.title(), "Strength and balance classes in four villages")));
        fixture.apply(preview);
        assertThat(fixture.actions(planId)).extracting(ActionRow::title)
                .contains("Strength and balance classes in four villages");
    }

    // ---- Strict Open XML ------------------------------------------------------------------------------------------

    @Test
    void a_strict_open_xml_workbook_is_read_like_any_other() {
        int year = falls.startsOn().getYear();
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook ->
                Workbooks.set(workbook.getSheet("Actions"), checklist.id(), "Due", LocalDate.of(year, 10, 15)));
        byte[] strict = toStrict(edited);
        assertThat(sheetXml(strict, "xl/workbook.xml")).contains("conformance=\"strict\"")
                .contains("http://purl.oclc.org/ooxml/spreadsheetml/main")
                .doesNotContain("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
        assertThat(sheetXml(strict, "_rels/.rels"))
                .contains("http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument");

        ImportPreview preview = fixture.preview(planId, strict);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).containsExactly(new RowChange("Actions", 2, checklist.id(), checklist.title(),
                List.of(new FieldChange("Due", "30 Sept " + year, "15 Oct " + year))));
        assertThat(preview.unchangedActions()).isEqualTo(2);
        assertThat(preview.unchangedPriorities()).isEqualTo(2);
    }

    // ---- damaged files ------------------------------------------------------------------------------------------

    @Test
    void a_file_cut_short_anywhere_is_called_damaged_not_something_else() {
        byte[] exported = fixture.export(LEAD, planId);
        for (int length : new int[] {100, exported.length / 3, exported.length / 2, exported.length - 30}) {
            byte[] cut = java.util.Arrays.copyOf(exported, length);
            ExcelImportException refused = catchThrowableOfType(() -> fixture.preview(planId, cut),
                    ExcelImportException.class);
            assertThat(refused).as("cut to %d bytes", length).hasMessage(WorkbookReader.DAMAGED);
        }
        assertThat(WorkbookReader.DAMAGED).startsWith("The file is damaged or incomplete");
    }

    @Test
    void a_sheet_whose_xml_stops_halfway_is_called_damaged() {
        byte[] broken = rewrite(fixture.export(LEAD, planId), (name, xml) ->
                name.equals("xl/worksheets/sheet3.xml") ? xml.substring(0, xml.length() / 2) : xml);
        ExcelImportException refused = catchThrowableOfType(() -> fixture.preview(planId, broken),
                ExcelImportException.class);
        assertThat(refused).hasMessage(WorkbookReader.DAMAGED);
    }

    // ---- files LibreOffice really saved ---------------------------------------------------------------------------

    @Test
    void a_workbook_saved_by_libreoffice_with_1904_dates_percentages_and_odd_spaces_is_read_as_it_shows()
            throws IOException {
        byte[] saved;
        try (InputStream in = getClass().getResourceAsStream("/excel/libreoffice-1904-percent-spaces.xlsx")) {
            saved = in.readAllBytes();
        }

        ImportPreview preview = fixture.preview(planId, saved);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.additions()).extracting(RowAddition::details).containsExactly(
                "New priority: 1 Sept 2026 to 31 Mar 2027, Green – on track",
                "New action under “Support for unpaid carers”: owner Priya Shah, due 1 Dec 2026, in progress, 40% "
                        + "complete",
                "New milestone under “Falls prevention at home”: owner Helen Carter, due 15 Jan 2027, in progress, "
                        + "100% complete");
        assertThat(preview.canApply()).isTrue();
    }

    @Test
    void the_fixture_saved_by_libreoffice_is_what_libreoffice_makes_of_its_source() throws IOException {
        assumeThat(LibreOffice.installed()).as("LibreOffice is installed").isTrue();
        byte[] source;
        try (InputStream in = getClass().getResourceAsStream("/excel/libreoffice-1904-percent-spaces.fods")) {
            source = in.readAllBytes();
        }
        byte[] saved = LibreOffice.saveAsXlsx(source, "libreoffice-1904-percent-spaces.fods");
        assertThat(sheetXml(saved, "xl/workbook.xml")).contains("date1904=\"true\"");

        assertThat(fixture.preview(planId, saved).additions()).extracting(RowAddition::details).contains(
                "New milestone under “Falls prevention at home”: owner Helen Carter, due 15 Jan 2027, in progress, "
                        + "100% complete");
    }

    @Test
    void an_export_saved_again_by_libreoffice_imports_with_no_changes() {
        assumeThat(LibreOffice.installed()).as("LibreOffice is installed").isTrue();
        for (long plan : new long[] {fixture.harboroughPlan(), planId}) {
            byte[] resaved = LibreOffice.saveAsXlsx(fixture.export(LEAD, plan), "plan.xlsx");
            assertThat(sheetXml(resaved, "docProps/app.xml")).contains("LibreOffice");

            ImportPreview preview = fixture.preview(plan, resaved);

            assertThat(preview.problems()).as("plan %d", plan).isEmpty();
            assertThat(preview.changes()).as("plan %d", plan).isEmpty();
            assertThat(preview.additions()).as("plan %d", plan).isEmpty();
            assertThat(preview.unchangedPriorities()).isEqualTo(fixture.priorities(plan).size());
            assertThat(preview.unchangedActions()).isEqualTo(fixture.actions(plan).size());
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** Switches the workbook to the 1904 date system and writes every date again, as Excel for Mac would. */
    private static void in1904(XSSFWorkbook workbook) {
        Map<Cell, LocalDate> dates = new HashMap<>();
        for (Sheet sheet : List.of(workbook.getSheet("Priorities"), workbook.getSheet("Actions"))) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (row.getRowNum() > 0 && cell.getCellType() == CellType.NUMERIC
                            && DateUtil.isCellDateFormatted(cell)) {
                        dates.put(cell, cell.getLocalDateTimeCellValue().toLocalDate());
                    }
                }
            }
        }
        assertThat(dates).isNotEmpty();
        var properties = workbook.getCTWorkbook().isSetWorkbookPr() ? workbook.getCTWorkbook().getWorkbookPr()
                : workbook.getCTWorkbook().addNewWorkbookPr();
        properties.setDate1904(true);
        dates.forEach((cell, date) -> cell.setCellValue(date));
    }

    /** The same workbook in Strict Open XML: the namespaces and relationship names Excel's "Strict" option writes. */
    private static byte[] toStrict(byte[] workbook) {
        return rewrite(workbook, (name, xml) -> {
            String strict = xml
                    .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                            "http://purl.oclc.org/ooxml/spreadsheetml/main")
                    .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                            "http://purl.oclc.org/ooxml/officeDocument/relationships")
                    .replace("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
                            "http://purl.oclc.org/ooxml/officeDocument/extendedProperties")
                    .replace("http://schemas.openxmlformats.org/drawingml/2006/main",
                            "http://purl.oclc.org/ooxml/drawingml/main");
            return name.equals("xl/workbook.xml")
                    ? strict.replaceFirst("<workbook ", "<workbook conformance=\"strict\" ") : strict;
        });
    }

    /** Each part of the workbook as text, edited; read through the zip's directory, as POI's streamed files need. */
    private static byte[] rewrite(byte[] workbook, java.util.function.BinaryOperator<String> edit) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.nio.file.Path file = null;
        try {
            file = java.nio.file.Files.createTempFile("workbook-", ".xlsx");
            java.nio.file.Files.write(file, workbook);
            try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
                 ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                    String xml;
                    try (InputStream part = in.getInputStream(entry)) {
                        xml = new String(part.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(edit.apply(entry.getName(), xml).getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
            java.nio.file.Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String sheetXml(byte[] workbook, String part) {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(part)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("No " + part + " in the workbook");
    }
}
