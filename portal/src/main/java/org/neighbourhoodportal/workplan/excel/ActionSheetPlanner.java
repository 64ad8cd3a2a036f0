package org.neighbourhoodportal.workplan.excel;

import org.neighbourhoodportal.spreadsheets.TextMatch;

import static org.neighbourhoodportal.workplan.excel.PlanChanges.compare;
import static org.neighbourhoodportal.workplan.excel.PlanChanges.compareDates;
import static org.neighbourhoodportal.workplan.excel.PlanChanges.field;
import static org.neighbourhoodportal.workplan.excel.PlanChanges.yesNo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.workplan.ActionDraft;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.domain.PlanAction;
import org.neighbourhoodportal.workplan.excel.ImportPlanner.PlanState;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook.SheetData;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook.SheetRow;

/**
 * The Actions sheet against the plan's actions: each row checked as the plan's pages check an action (title, status,
 * 0–100%, an owner from the team), then an addition under a priority already in the plan, a change field by field, or
 * unchanged. An upload never moves an action to another priority; a row changed in the portal since the export is a
 * conflict, not a change.
 */
final class ActionSheetPlanner {

    private final PlanState plan;
    private final TeamPeople people;
    private final boolean date1904;
    private final PlanChanges found;

    ActionSheetPlanner(PlanState plan, boolean date1904, PlanChanges found) {
        this.plan = plan;
        this.people = new TeamPeople(plan.people());
        this.date1904 = date1904;
        this.found = found;
    }

    /** @return how many of the plan's actions the file lists */
    int read(SheetData sheet, Map<ActionColumn, Integer> columns) {
        Map<Long, ActionRow> current = plan.actions().stream()
                .collect(Collectors.toMap(ActionRow::id, Function.identity()));
        Map<Long, PriorityRow> priorities = plan.priorities().stream()
                .collect(Collectors.toMap(PriorityRow::id, Function.identity()));
        Map<Long, Integer> seen = new HashMap<>();
        for (SheetRow sheetRow : sheet.rows()) {
            RowCells<ActionColumn> row = new RowCells<>(Layout.ACTIONS, sheetRow, columns, date1904, found.problems);
            if (row.blank(ActionColumn.values())) {
                continue;
            }
            Long id = row.id(ActionColumn.ID);
            Integer version = row.whole(ActionColumn.VERSION);
            Long priorityId = row.id(ActionColumn.PRIORITY_ID);
            String priorityTitle = row.text(ActionColumn.PRIORITY);
            String title = row.text(ActionColumn.TITLE);
            String ownerText = row.text(ActionColumn.OWNER);
            LocalDate due = row.date(ActionColumn.DUE);
            ActionStatus status = row.status(ActionColumn.STATUS);
            Integer percent = row.percent(ActionColumn.PERCENT_COMPLETE);
            Boolean milestone = row.yesNo(ActionColumn.MILESTONE);

            row.length(ActionColumn.TITLE, title, PlanAction.TITLE_LENGTH);
            row.required(ActionColumn.TITLE, title, "Please fill this in.");
            row.required(ActionColumn.STATUS, status,
                    "Choose a status: Not started, In progress, Blocked, Done or Cancelled.");
            int percentComplete = status == ActionStatus.DONE ? 100 : percent == null ? 0 : percent;
            boolean isMilestone = milestone != null && milestone;

            ActionRow now = id == null ? null : current.get(id);
            if (id != null) {
                if (now == null) {
                    row.problem(ActionColumn.ID, "There is no action with ID " + id + " in this plan. Leave the ID "
                            + "empty to add a new action.");
                } else if (seen.containsKey(id)) {
                    row.problem(ActionColumn.ID, "Action " + id + " is also on row " + seen.get(id)
                            + "; each action should be on one row.");
                } else {
                    seen.put(id, sheetRow.number());
                }
            }
            Long ownerId = owner(row, ownerText, now);
            Long underPriority = now != null ? Long.valueOf(now.priorityId())
                    : id == null ? priorityOfNewAction(row, priorityId, priorityTitle, priorities) : null;
            if (now != null && priorityId != null && priorityId != now.priorityId()) {
                row.problem(ActionColumn.PRIORITY_ID, "An upload cannot move an action to another priority. Put "
                        + "back " + now.priorityId() + ", or move it in the portal.");
            }
            if (row.hasProblems() || (id != null && now == null)) {
                continue;
            }

            ActionDraft draft = new ActionDraft(id, underPriority, title, ownerId, due, status, percentComplete,
                    isMilestone, now == null ? null : now.version());
            if (now == null) {
                PriorityRow priority = priorities.get(underPriority);
                found.additions.add(new RowAddition(Layout.ACTIONS, sheetRow.number(), title, "New "
                        + (isMilestone ? "milestone" : "action") + " under “" + priority.title() + "”: "
                        + (ownerId == null ? "no owner" : "owner " + people.name(ownerId, null)) + ", "
                        + (due == null ? "no due date" : "due " + Values.day(due)) + ", "
                        + status.label().toLowerCase(Locale.ROOT) + ", " + percentComplete + "% complete"));
                found.actionDrafts.add(draft);
                continue;
            }
            List<FieldChange> fields = new ArrayList<>();
            compare(fields, ActionColumn.TITLE, Values.clean(now.title()), title);
            if (!Objects.equals(now.ownerId(), ownerId)) {
                fields.add(new FieldChange(field(ActionColumn.OWNER), Values.show(now.ownerName()),
                        ownerId == null ? Values.BLANK : people.name(ownerId, now)));
            }
            compareDates(fields, ActionColumn.DUE, now.dueOn(), due);
            if (now.status() != status) {
                fields.add(new FieldChange(field(ActionColumn.STATUS), now.status().label(), status.label()));
            }
            if (now.percentComplete() != percentComplete) {
                fields.add(new FieldChange(field(ActionColumn.PERCENT_COMPLETE), now.percentComplete() + "%",
                        percentComplete + "%"));
            }
            if (now.milestone() != isMilestone) {
                fields.add(new FieldChange(field(ActionColumn.MILESTONE), yesNo(now.milestone()), yesNo(isMilestone)));
            }
            if (fields.isEmpty()) {
                found.unchangedActions++;
            } else if (!Objects.equals(version, now.version())) {
                row.problem(null, ImportPlanner.CONFLICT);
            } else {
                found.changes.add(new RowChange(Layout.ACTIONS, sheetRow.number(), id, now.title(), fields));
                found.actionDrafts.add(draft);
            }
        }
        return seen.size();
    }

    /** Who the Owner cell names: the current owner as exported, or someone in the team by name. */
    private Long owner(RowCells<ActionColumn> row, String text, ActionRow now) {
        if (text == null) {
            return null;
        }
        if (now != null && now.ownerId() != null && (TextMatch.same(text, now.ownerName())
                || TextMatch.same(text, people.label(now.ownerId(), "")))) {
            return now.ownerId(); // unchanged, even if they have since left the team
        }
        List<PersonOption> matches = people.find(text);
        if (matches.size() == 1) {
            return matches.get(0).id();
        }
        if (matches.isEmpty()) {
            row.problem(ActionColumn.OWNER, "“" + text + "” is not one of the team's people. Choose a name from "
                    + "the list, or leave it empty.");
        } else {
            row.problem(ActionColumn.OWNER, "More than one person in the team is called " + text + ". Choose from "
                    + "the list, which adds their organisation: " + matches.stream().map(PersonOption::label)
                    .collect(Collectors.joining(" or ")) + ".");
        }
        return null;
    }

    private Long priorityOfNewAction(RowCells<ActionColumn> row, Long priorityId, String priorityTitle,
                                     Map<Long, PriorityRow> priorities) {
        if (priorityId != null) {
            if (priorities.containsKey(priorityId)) {
                return priorityId;
            }
            row.problem(ActionColumn.PRIORITY_ID, "There is no priority with ID " + priorityId + " in this plan. "
                    + "A new action goes under a priority already in the portal: use the ID from the Priorities "
                    + "sheet.");
            return null;
        }
        if (priorityTitle == null) {
            row.problem(ActionColumn.PRIORITY_ID, "Say which priority this new action is under: give its ID (from "
                    + "the Priorities sheet) or its title.");
            return null;
        }
        List<PriorityRow> matches = priorities.values().stream()
                .filter(p -> TextMatch.same(p.title(), priorityTitle)).toList();
        if (matches.size() == 1) {
            return matches.get(0).id();
        }
        row.problem(ActionColumn.PRIORITY, matches.isEmpty()
                ? "There is no priority called “" + priorityTitle + "” in this plan. A new action goes under a "
                        + "priority already in the portal: use its ID or its exact title."
                : "More than one priority is called “" + priorityTitle + "”. Give the priority's ID instead.");
        return null;
    }
}
