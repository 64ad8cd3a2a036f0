package org.neighbourhoodportal.workplan.excel;

import org.neighbourhoodportal.spreadsheets.ExcelLimits;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.neighbourhoodportal.documents.SheetPrint;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.TagOption;

/**
 * Writes a plan into a workbook: a Priorities sheet and an Actions sheet with frozen headings, drop-downs for the
 * statuses, real dates, and an ID column to match rows on the way back. Works the same on a streaming
 * ({@code SXSSFWorkbook}, what the portal uses) and an in-memory ({@code XSSFWorkbook}) workbook; the benchmark
 * compares the two.
 *
 * <p>Text that a spreadsheet could take for a formula ({@code =}, {@code +}, {@code -}, {@code @}) is written as a
 * string cell with the "quote prefix" style, which is what Excel itself does for text typed after an apostrophe: it
 * shows the text and never evaluates it. The text columns are also formatted as Text, so what people type there later
 * stays text.
 */
final class PlanWorkbookWriter {

    /** Characters: the widest a column gets, so that Priorities printed one A4 landscape page wide is about 2/3 size. */
    static final int MAX_PRINT_WIDTH = 30;

    private final Workbook workbook;
    private final CellStyle heading;
    private final CellStyle fixedHeading;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final CellStyle date;
    private final CellStyle whole;
    private final CellStyle bold;

    PlanWorkbookWriter(Workbook workbook) {
        this.workbook = workbook;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);

        heading = workbook.createCellStyle();
        heading.setFont(boldFont);
        heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        heading.setBorderBottom(BorderStyle.THIN);
        heading.setWrapText(true);
        heading.setVerticalAlignment(VerticalAlignment.TOP);

        fixedHeading = workbook.createCellStyle();
        fixedHeading.cloneStyleFrom(heading);
        fixedHeading.setFillForegroundColor(IndexedColors.ROSE.getIndex());

        short textFormat = workbook.createDataFormat().getFormat("@");
        text = workbook.createCellStyle();
        text.setDataFormat(textFormat);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setWrapText(true);
        quotedText = workbook.createCellStyle();
        quotedText.cloneStyleFrom(text);
        quotedText.setQuotePrefixed(true);

        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat(Layout.DATE_FORMAT));
        date.setVerticalAlignment(VerticalAlignment.TOP);

        whole = workbook.createCellStyle();
        whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
        whole.setVerticalAlignment(VerticalAlignment.TOP);

        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
    }

    /**
     * @param people what the Owner column offers, one per person in the team
     * @param ownerLabels how each owner is written (their name, or name and organisation where two share a name)
     */
    void write(PlanSummary plan, List<PriorityRow> priorities, Iterable<ActionRow> actions, List<String> people,
               Map<Long, String> ownerLabels, LocalDate exportedOn) {
        writeLists(people);
        writePriorities(priorities);
        writeActions(priorities, actions, ownerLabels, people.size());
        writeAbout(plan, exportedOn);
        for (String name : List.of(Layout.PRIORITIES, Layout.ACTIONS)) {
            SheetPrint.a4Landscape(workbook.getSheet(name), 1, plan.title() + " – " + name);
        }
        SheetPrint.a4Landscape(workbook.getSheet(Layout.ABOUT), 0, plan.title());
        workbook.setSheetOrder(Layout.LISTS, workbook.getNumberOfSheets() - 1);
        workbook.setSheetHidden(workbook.getSheetIndex(Layout.LISTS), true);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
    }

    private void writePriorities(List<PriorityRow> priorities) {
        Sheet sheet = workbook.createSheet(Layout.PRIORITIES);
        PriorityColumn[] columns = PriorityColumn.values();
        widths(sheet, columns);
        headings(sheet, columns);
        int r = 1;
        for (PriorityRow p : priorities) {
            Row row = sheet.createRow(r++);
            number(row, PriorityColumn.ID, p.id());
            number(row, PriorityColumn.VERSION, p.version());
            text(row, PriorityColumn.TITLE, p.title());
            text(row, PriorityColumn.WHY_IT_MATTERS, p.whyItMatters());
            text(row, PriorityColumn.LEAD_ORGANISATION, p.leadOrganisation());
            text(row, PriorityColumn.LEAD_PERSON, p.leadPerson());
            date(row, PriorityColumn.STARTS, p.startsOn());
            date(row, PriorityColumn.ENDS, p.endsOn());
            text(row, PriorityColumn.RAG, p.rag() == null ? null : Layout.ragName(p.rag()));
            text(row, PriorityColumn.RAG_REASON, p.ragReason());
            text(row, PriorityColumn.TAGS, p.tags().stream().map(TagOption::title).collect(Collectors.joining("; ")));
            SheetPrint.fitHeight(row);
        }
        layout(sheet, columns, r - 1, Set.of(PriorityColumn.STARTS, PriorityColumn.ENDS),
                Set.of(PriorityColumn.ID, PriorityColumn.VERSION));
        list(sheet, PriorityColumn.RAG, Layout.ragNames(), "Status (RAG)",
                "Choose Blue (complete), Green (on track), Amber (at risk) or Red (off track).");
        dates(sheet, PriorityColumn.STARTS);
        dates(sheet, PriorityColumn.ENDS);
    }

    private void writeActions(List<PriorityRow> priorities, Iterable<ActionRow> actions, Map<Long, String> ownerLabels,
                              int people) {
        Sheet sheet = workbook.createSheet(Layout.ACTIONS);
        ActionColumn[] columns = ActionColumn.values();
        widths(sheet, columns);
        headings(sheet, columns);
        Map<Long, String> titles = new HashMap<>();
        priorities.forEach(p -> titles.put(p.id(), p.title()));
        int r = 1;
        for (ActionRow a : actions) {
            Row row = sheet.createRow(r++);
            number(row, ActionColumn.ID, a.id());
            number(row, ActionColumn.VERSION, a.version());
            number(row, ActionColumn.PRIORITY_ID, a.priorityId());
            text(row, ActionColumn.PRIORITY, titles.get(a.priorityId()));
            text(row, ActionColumn.TITLE, a.title());
            text(row, ActionColumn.OWNER, a.ownerId() == null ? null
                    : ownerLabels.getOrDefault(a.ownerId(), a.ownerName()));
            date(row, ActionColumn.DUE, a.dueOn());
            text(row, ActionColumn.STATUS, a.status() == null ? null : a.status().label());
            number(row, ActionColumn.PERCENT_COMPLETE, a.percentComplete());
            text(row, ActionColumn.MILESTONE, a.milestone() ? Layout.YES : Layout.NO);
            SheetPrint.fitHeight(row);
        }
        layout(sheet, columns, r - 1, Set.of(ActionColumn.DUE), Set.of(ActionColumn.ID, ActionColumn.VERSION,
                ActionColumn.PRIORITY_ID, ActionColumn.PERCENT_COMPLETE));
        list(sheet, ActionColumn.STATUS, Layout.statusNames(), "Status",
                "Choose Not started, In progress, Blocked, Done or Cancelled.");
        list(sheet, ActionColumn.MILESTONE, List.of(Layout.YES, Layout.NO), "Milestone", "Choose Yes or No.");
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
                ActionColumn.PERCENT_COMPLETE, "% complete", "Enter a whole number from 0 to 100.");
        if (people > 0) {
            add(sheet, helper.createFormulaListConstraint(Layout.LISTS + "!$A$1:$A$" + people), ActionColumn.OWNER,
                    "Owner", "Choose someone in the team from the list.");
        }
        dates(sheet, ActionColumn.DUE);
    }

    /** The hidden sheet the Owner drop-down reads from: an explicit list is limited to 255 characters. */
    private void writeLists(List<String> people) {
        Sheet sheet = workbook.createSheet(Layout.LISTS);
        for (int i = 0; i < people.size(); i++) {
            text(sheet.createRow(i), 0, people.get(i), text);
        }
    }

    private void writeAbout(PlanSummary plan, LocalDate exportedOn) {
        Sheet sheet = workbook.createSheet(Layout.ABOUT);
        sheet.setColumnWidth(0, 110 * 256);
        String[] lines = {
                plan.title(),
                "Exported from the Neighbourhood Portal on " + Values.day(exportedOn) + ".",
                "",
                "How to bring your changes back",
                "1. Change what you need on the Priorities and Actions sheets.",
                "2. Leave the ID column as it is: it tells the portal which row is which. Columns marked "
                        + "(read only) are there to read; change them in the portal.",
                "3. To add an action, fill in a new row at the bottom of Actions with the ID left empty, and give "
                        + "its priority's ID or title.",
                "4. Upload the file on the plan's Excel page. You will see every addition and change before anything "
                        + "is saved, and nothing is saved until you apply them.",
                "",
                "Rows are never deleted by an upload. If someone changes a row in the portal after you export, the "
                        + "portal will say so rather than overwrite their change: export again and redo your edit.",
                "Status (RAG): Blue – complete, Green – on track, Amber – at risk, Red – off track. Amber and red "
                        + "need a reason.",
                "Dates are real dates (for example 31 Mar 2027); % complete is a whole number from 0 to 100."};
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            text(row, 0, lines[i], i == 0 || i == 3 ? bold : text);
            SheetPrint.fitHeight(row);
        }
    }

    /**
     * Set before the rows are written: a streamed row's height is worked out from them as it is written. No column is
     * wider than {@link #MAX_PRINT_WIDTH}, so a sheet printed one page wide stays readable; long text wraps instead.
     */
    private static void widths(Sheet sheet, Layout.Column[] columns) {
        for (Layout.Column column : columns) {
            sheet.setColumnWidth(column.ordinal(), Math.min(column.width(), MAX_PRINT_WIDTH) * 256);
            sheet.setColumnHidden(column.ordinal(), column.hidden());
        }
    }

    private void headings(Sheet sheet, Layout.Column[] columns) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(32);
        for (Layout.Column column : columns) {
            Cell cell = row.createCell(column.ordinal(), CellType.STRING);
            cell.setCellValue(column.heading());
            cell.setCellStyle(column.heading().endsWith("(do not change)") ? fixedHeading : heading);
        }
    }

    /** The frozen heading row, a filter, and column formats for rows people add. */
    private void layout(Sheet sheet, Layout.Column[] columns, int lastRow, Set<? extends Layout.Column> dates,
                        Set<? extends Layout.Column> numbers) {
        for (Layout.Column column : columns) {
            sheet.setDefaultColumnStyle(column.ordinal(),
                    dates.contains(column) ? date : numbers.contains(column) ? whole : text);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 1), 0, columns.length - 1));
    }

    private void list(Sheet sheet, Layout.Column column, List<String> values, String title, String error) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, helper.createExplicitListConstraint(values.toArray(String[]::new)), column, title, error);
    }


    private void dates(Sheet sheet, Layout.Column column) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)",
                "DATE(2099,12,31)", null), column, column.heading(), "Enter a date, for example 31 Mar 2027.");
    }

    private static void add(Sheet sheet, DataValidationConstraint constraint, Layout.Column column, String title,
                            String error) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        // down to the last row an import reads, so rows added at the bottom get the drop-downs too
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, ExcelLimits.MAX_ROWS_PER_SHEET, column.ordinal(), column.ordinal()));
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(title, error);
        if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            validation.setSuppressDropDownArrow(true); // in XSSF this shows the arrow, whatever the name says
        }
        sheet.addValidationData(validation);
    }

    private void number(Row row, Layout.Column column, long value) {
        Cell cell = row.createCell(column.ordinal(), CellType.NUMERIC);
        cell.setCellValue(value);
        cell.setCellStyle(whole);
    }

    private void date(Row row, Layout.Column column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column.ordinal(), CellType.NUMERIC);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }

    private void text(Row row, Layout.Column column, String value) {
        text(row, column.ordinal(), value, text);
    }

    private void text(Row row, int column, String value, CellStyle style) {
        if (value != null && !value.isEmpty()) {
            Cell cell = row.createCell(column, CellType.STRING);
            cell.setCellValue(value);
            cell.setCellStyle(looksLikeAFormula(value) ? quotedText : style);
        }
    }

    /** What Excel, LibreOffice and Google Sheets would start a formula with (OWASP's list, tab and return too). */
    static boolean looksLikeAFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
