package org.neighbourhoodportal.workplan.excel;

import org.neighbourhoodportal.spreadsheets.RowProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.neighbourhoodportal.workplan.ActionDraft;
import org.neighbourhoodportal.workplan.PriorityDraft;

/**
 * What the sheet planners find, row by row, before it becomes an {@link ImportPreview}: problems, additions, changes
 * field by field, the drafts to save, and how many rows are as they were.
 */
final class PlanChanges {

    final List<RowProblem> problems = new ArrayList<>();
    final List<RowAddition> additions = new ArrayList<>();
    final List<RowChange> changes = new ArrayList<>();
    final List<PriorityDraft> priorityDrafts = new ArrayList<>();
    final List<ActionDraft> actionDrafts = new ArrayList<>();
    int unchangedPriorities;
    int unchangedActions;

    /** Adds a field change when the text differs, each side as the preview shows it. */
    static void compare(List<FieldChange> fields, Layout.Column column, String before, String after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(field(column), Values.show(before), Values.show(after)));
        }
    }

    static void compareDates(List<FieldChange> fields, Layout.Column column, LocalDate before, LocalDate after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(field(column), Values.day(before), Values.day(after)));
        }
    }

    /** A field is named as its column's heading, which is what the person sees in the file. */
    static String field(Layout.Column column) {
        return column.heading();
    }

    static String yesNo(boolean value) {
        return value ? Layout.YES : Layout.NO;
    }
}
