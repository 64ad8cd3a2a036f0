package org.neighbourhoodportal.workplan.excel;

import org.neighbourhoodportal.spreadsheets.RowProblem;

import java.util.List;
import org.neighbourhoodportal.workplan.ActionDraft;
import org.neighbourhoodportal.workplan.PriorityDraft;

/**
 * What an uploaded workbook would do to the plan, worked out without saving anything: rows to add, rows to change
 * (field by field), rows left alone, and every row that cannot be used. {@link WorkplanExcelService#apply} saves it,
 * all or nothing, once the lead confirms.
 */
public final class ImportPreview {

    private final long planId;
    private final String fileName;
    private final List<RowAddition> additions;
    private final List<RowChange> changes;
    private final int unchangedPriorities;
    private final int unchangedActions;
    private final int prioritiesNotInFile;
    private final int actionsNotInFile;
    private final List<RowProblem> problems;

    // what apply needs: the rows as read, to check them again against the plan as it is then, and what to save
    final ParsedWorkbook workbook;
    final List<PriorityDraft> priorityDrafts;
    final List<ActionDraft> actionDrafts;

    ImportPreview(long planId, String fileName, List<RowAddition> additions, List<RowChange> changes,
                  int unchangedPriorities, int unchangedActions, int prioritiesNotInFile, int actionsNotInFile,
                  List<RowProblem> problems, ParsedWorkbook workbook, List<PriorityDraft> priorityDrafts,
                  List<ActionDraft> actionDrafts) {
        this.planId = planId;
        this.fileName = fileName;
        this.additions = List.copyOf(additions);
        this.changes = List.copyOf(changes);
        this.unchangedPriorities = unchangedPriorities;
        this.unchangedActions = unchangedActions;
        this.prioritiesNotInFile = prioritiesNotInFile;
        this.actionsNotInFile = actionsNotInFile;
        this.problems = List.copyOf(problems);
        this.workbook = workbook;
        this.priorityDrafts = List.copyOf(priorityDrafts);
        this.actionDrafts = List.copyOf(actionDrafts);
    }

    public long planId() {
        return planId;
    }

    public String fileName() {
        return fileName;
    }

    public List<RowAddition> additions() {
        return additions;
    }

    public List<RowChange> changes() {
        return changes;
    }

    public int unchangedPriorities() {
        return unchangedPriorities;
    }

    public int unchangedActions() {
        return unchangedActions;
    }

    /** Priorities in the plan that the file does not list: an import never deletes, so they stay as they are. */
    public int prioritiesNotInFile() {
        return prioritiesNotInFile;
    }

    public int actionsNotInFile() {
        return actionsNotInFile;
    }

    /** Rows that fail validation or were changed in the portal since the export; any one blocks the whole file. */
    public List<RowProblem> problems() {
        return problems;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public boolean hasChanges() {
        return !additions.isEmpty() || !changes.isEmpty();
    }

    /** Whether "Apply these changes" makes sense: something to save, and nothing wrong. */
    public boolean canApply() {
        return hasChanges() && !hasProblems();
    }

    /** "2 changes, 1 addition, 9 rows left as they are." */
    public String summary() {
        if (hasProblems()) {
            return count(problems.size(), "problem", "problems") + " to fix before anything can be saved.";
        }
        if (!hasChanges()) {
            return "This file matches the plan: there is nothing to change.";
        }
        return count(changes.size(), "change", "changes") + ", " + count(additions.size(), "addition", "additions")
                + ", " + count(unchangedPriorities + unchangedActions, "row", "rows") + " left as they are.";
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
