package org.neighbourhoodportal.workplan.excel;

import static org.neighbourhoodportal.workplan.excel.PlanChanges.compare;
import static org.neighbourhoodportal.workplan.excel.PlanChanges.compareDates;
import static org.neighbourhoodportal.workplan.excel.PlanChanges.field;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neighbourhoodportal.workplan.PriorityDraft;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.TagOption;
import org.neighbourhoodportal.workplan.domain.Priority;
import org.neighbourhoodportal.workplan.excel.ImportPlanner.PlanState;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook.SheetData;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook.SheetRow;

/**
 * The Priorities sheet against the plan's priorities: each row checked as the plan's pages check a priority (title,
 * dates in order, a reason for amber and red), then an addition (no ID), a change field by field, or unchanged. A row
 * changed in the portal since the export is a conflict, not a change.
 */
final class PrioritySheetPlanner {

    private final PlanState plan;
    private final boolean date1904;
    private final PlanChanges found;

    PrioritySheetPlanner(PlanState plan, boolean date1904, PlanChanges found) {
        this.plan = plan;
        this.date1904 = date1904;
        this.found = found;
    }

    /** @return how many of the plan's priorities the file lists */
    int read(SheetData sheet, Map<PriorityColumn, Integer> columns) {
        Map<Long, PriorityRow> current = plan.priorities().stream()
                .collect(Collectors.toMap(PriorityRow::id, Function.identity()));
        Map<Long, Integer> seen = new HashMap<>();
        for (SheetRow sheetRow : sheet.rows()) {
            RowCells<PriorityColumn> row = new RowCells<>(Layout.PRIORITIES, sheetRow, columns, date1904,
                    found.problems);
            if (row.blank(PriorityColumn.values())) {
                continue;
            }
            Long id = row.id(PriorityColumn.ID);
            Integer version = row.whole(PriorityColumn.VERSION);
            String title = row.text(PriorityColumn.TITLE);
            String why = row.text(PriorityColumn.WHY_IT_MATTERS);
            LocalDate starts = row.date(PriorityColumn.STARTS);
            LocalDate ends = row.date(PriorityColumn.ENDS);
            Rag rag = row.rag(PriorityColumn.RAG);
            String reason = row.text(PriorityColumn.RAG_REASON);

            row.length(PriorityColumn.TITLE, title, Priority.TITLE_LENGTH);
            row.required(PriorityColumn.TITLE, title, "Please fill this in.");
            row.length(PriorityColumn.WHY_IT_MATTERS, why, Priority.WHY_LENGTH);
            row.length(PriorityColumn.RAG_REASON, reason, Priority.RAG_REASON_LENGTH);
            row.required(PriorityColumn.STARTS, starts, "Enter a start date.");
            row.required(PriorityColumn.ENDS, ends, "Enter an end date.");
            if (starts != null && ends != null && ends.isBefore(starts)) {
                row.problem(PriorityColumn.ENDS, "Must be on or after the start date (" + Values.day(starts) + ").");
            }
            row.required(PriorityColumn.RAG, rag, "Choose a status: Blue, Green, Amber or Red.");
            if ((rag == Rag.AMBER || rag == Rag.RED) && reason == null) {
                row.problem(PriorityColumn.RAG_REASON, "Say why it is " + rag.name().toLowerCase(Locale.ROOT)
                        + ", so the board knows what help is needed.");
            }

            if (id != null) {
                PriorityRow now = current.get(id);
                if (now == null) {
                    row.problem(PriorityColumn.ID, "There is no priority with ID " + id + " in this plan. Leave the "
                            + "ID empty to add a new priority.");
                } else if (seen.containsKey(id)) {
                    row.problem(PriorityColumn.ID, "Priority " + id + " is also on row " + seen.get(id)
                            + "; each priority should be on one row.");
                } else {
                    seen.put(id, sheetRow.number());
                }
                if (row.hasProblems() || now == null) {
                    continue;
                }
                List<FieldChange> fields = new ArrayList<>();
                compare(fields, PriorityColumn.TITLE, Values.clean(now.title()), title);
                compare(fields, PriorityColumn.WHY_IT_MATTERS, Values.clean(now.whyItMatters()), why);
                compareDates(fields, PriorityColumn.STARTS, now.startsOn(), starts);
                compareDates(fields, PriorityColumn.ENDS, now.endsOn(), ends);
                if (now.rag() != rag) {
                    fields.add(new FieldChange(field(PriorityColumn.RAG), now.rag().describe(), rag.describe()));
                }
                compare(fields, PriorityColumn.RAG_REASON, Values.clean(now.ragReason()), reason);
                if (fields.isEmpty()) {
                    found.unchangedPriorities++;
                } else if (!Objects.equals(version, now.version())) {
                    row.problem(null, ImportPlanner.CONFLICT);
                } else {
                    found.changes.add(new RowChange(Layout.PRIORITIES, sheetRow.number(), id, now.title(), fields));
                    found.priorityDrafts.add(new PriorityDraft(id, plan.planId(), title, why, now.leadOrganisationId(),
                            now.leadPersonId(), starts, ends, rag, reason,
                            now.tags().stream().map(TagOption::id).collect(Collectors.toSet()), now.version()));
                }
            } else if (!row.hasProblems()) {
                found.additions.add(new RowAddition(Layout.PRIORITIES, sheetRow.number(), title, "New priority: "
                        + Values.day(starts) + " to " + Values.day(ends) + ", " + rag.describe()
                        + (reason == null ? "" : " (" + reason + ")")));
                found.priorityDrafts.add(new PriorityDraft(null, plan.planId(), title, why, null, null, starts, ends,
                        rag, reason, Set.of(), null));
            }
        }
        return seen.size();
    }
}
