package org.neighbourhoodportal.workplan.excel;

import org.neighbourhoodportal.spreadsheets.SheetColumns;

import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.PriorityRow;

/**
 * Compares the rows of a workbook with the plan as it is now, and says what saving it would do. Checks every row as
 * {@code WorkplanService} would (the same required fields, lengths, date order, reasons for amber and red, owners
 * from the team), but reports each problem against its sheet, row and column instead of stopping at the first.
 * Saves nothing.
 */
final class ImportPlanner {

    static final String CONFLICT = "This row was changed in the portal after the file was exported, so your copy "
            + "may be out of date. Export the plan again and make your change in the new file, so nobody's update "
            + "is overwritten.";

    /** The plan as it is now, through the service's access-checked reads. */
    record PlanState(long planId, List<PriorityRow> priorities, List<ActionRow> actions, List<PersonOption> people) {
    }

    private ImportPlanner() {
    }

    /** What saving the workbook would do to the plan; the rows of each sheet are read by that sheet's planner. */
    static ImportPreview preview(PlanState plan, String fileName, ParsedWorkbook workbook) {
        Map<PriorityColumn, Integer> priorityColumns = SheetColumns.find(workbook.priorities(),
                PriorityColumn.values(), ParsedWorkbook.KEEP_HEADINGS);
        Map<ActionColumn, Integer> actionColumns = SheetColumns.find(workbook.actions(), ActionColumn.values(),
                ParsedWorkbook.KEEP_HEADINGS);
        PlanChanges found = new PlanChanges();
        int prioritiesInFile = new PrioritySheetPlanner(plan, workbook.date1904(), found)
                .read(workbook.priorities(), priorityColumns);
        int actionsInFile = new ActionSheetPlanner(plan, workbook.date1904(), found)
                .read(workbook.actions(), actionColumns);
        found.problems.sort((a, b) -> a.sheet().equals(b.sheet()) ? Integer.compare(a.row(), b.row())
                : a.sheet().equals(Layout.PRIORITIES) ? -1 : 1);
        return new ImportPreview(plan.planId(), fileName, found.additions, found.changes, found.unchangedPriorities,
                found.unchangedActions, plan.priorities().size() - prioritiesInFile,
                plan.actions().size() - actionsInFile, found.problems, workbook, found.priorityDrafts,
                found.actionDrafts);
    }
}
