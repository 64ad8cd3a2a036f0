package org.neighbourhoodportal.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.documents.PrintCheck;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.ActionRiskService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.springframework.beans.factory.annotation.Autowired;

/** "Print the plan": the exported workbook's page set-up and row heights, read back with POI. */
@ExcelTest
class WorkplanExcelPrintTests {

    @Autowired RunAs runAs;
    @Autowired WorkplanService workplan;
    @Autowired ActionRiskService actionRiskService;
    @Autowired PriorityService priorityService;
    @Autowired WorkplanExcelService excel;

    @Test
    void every_sheet_people_read_prints_a4_landscape_one_page_wide_with_the_headings_on_every_page() {
        ExcelFixture fixture = new ExcelFixture(runAs, workplan, priorityService, actionRiskService, excel);
        byte[] bytes = fixture.export(LEAD, fixture.harboroughPlan());
        PrintCheck.keep("work-plan.xlsx", bytes);
        XSSFWorkbook workbook = Workbooks.open(bytes);

        PrintCheck.assertA4LandscapeFitToWidth(workbook.getSheet(Layout.PRIORITIES), 1);
        PrintCheck.assertA4LandscapeFitToWidth(workbook.getSheet(Layout.ACTIONS), 1);
        PrintCheck.assertA4LandscapeFitToWidth(workbook.getSheet(Layout.ABOUT), 0);
    }

    @Test
    void a_priority_row_is_as_tall_as_its_wrapped_why_it_matters() {
        ExcelFixture fixture = new ExcelFixture(runAs, workplan, priorityService, actionRiskService, excel);
        long planId = fixture.harboroughPlan();
        XSSFWorkbook workbook = Workbooks.open(fixture.export(LEAD, planId));
        XSSFSheet priorities = workbook.getSheet(Layout.PRIORITIES);

        PriorityRow longest = runAs.person(LEAD, () -> priorityService.planPriorities(planId)).stream()
                .filter(p -> p.whyItMatters() != null)
                .max(java.util.Comparator.comparingInt(p -> p.whyItMatters().length())).orElseThrow();
        Row row = Workbooks.row(priorities, longest.id());
        int lines = (int) Math.ceil(longest.whyItMatters().length()
                / (double) Math.min(PriorityColumn.WHY_IT_MATTERS.width(), PlanWorkbookWriter.MAX_PRINT_WIDTH));
        assertThat(lines).isGreaterThan(1);
        assertThat(row.getHeightInPoints()).isGreaterThanOrEqualTo(lines * 15f);
        assertThat(row.getCell(PriorityColumn.WHY_IT_MATTERS.ordinal()).getCellStyle().getWrapText()).isTrue();
    }
}
