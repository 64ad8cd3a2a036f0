package org.neighbourhoodportal.workplan.excel;

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
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.workplan.ActionDraft;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.PriorityDraft;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.TagOption;
import org.neighbourhoodportal.workplan.domain.PlanAction;
import org.neighbourhoodportal.workplan.domain.Priority;
import org.neighbourhoodportal.workplan.excel.ParsedWorkbook.CellValue;
import org.neighbourhoodportal.workplan.excel.ParsedWorkbook.Kind;
import org.neighbourhoodportal.workplan.excel.ParsedWorkbook.SheetData;
import org.neighbourhoodportal.workplan.excel.ParsedWorkbook.SheetRow;

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

    private final PlanState plan;
    private final TeamPeople people;
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<RowAddition> additions = new ArrayList<>();
    private final List<RowChange> changes = new ArrayList<>();
    private final List<PriorityDraft> priorityDrafts = new ArrayList<>();
    private final List<ActionDraft> actionDrafts = new ArrayList<>();
    private int unchangedPriorities;
    private int unchangedActions;

    private ImportPlanner(PlanState plan) {
        this.plan = plan;
        this.people = new TeamPeople(plan.people());
    }

    static ImportPreview preview(PlanState plan, String fileName, ParsedWorkbook workbook) {
        Map<PriorityColumn, Integer> priorityColumns = columns(workbook.priorities(), PriorityColumn.values());
        Map<ActionColumn, Integer> actionColumns = columns(workbook.actions(), ActionColumn.values());
        ImportPlanner planner = new ImportPlanner(plan);
        int prioritiesInFile = planner.priorities(workbook.priorities(), priorityColumns);
        int actionsInFile = planner.actions(workbook.actions(), actionColumns);
        planner.problems.sort((a, b) -> a.sheet().equals(b.sheet()) ? Integer.compare(a.row(), b.row())
                : a.sheet().equals(Layout.PRIORITIES) ? -1 : 1);
        return new ImportPreview(plan.planId(), fileName, planner.additions, planner.changes,
                planner.unchangedPriorities, planner.unchangedActions, plan.priorities().size() - prioritiesInFile,
                plan.actions().size() - actionsInFile, planner.problems, workbook, planner.priorityDrafts,
                planner.actionDrafts);
    }

    /** Where each column the import reads is; names the ones that are missing. */
    private static <C extends Enum<C> & Layout.Column> Map<C, Integer> columns(SheetData sheet, C[] columns) {
        Map<C, Integer> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (C column : columns) {
            Integer index = sheet.columns().get(Layout.normalise(column.heading()));
            if (index == null && column.heading().endsWith(")")) {
                // "ID" for "ID (do not change)": the heading's explanation may have been trimmed off
                index = sheet.columns().get(Layout.normalise(column.heading().replaceAll("\\s*\\(.*\\)$", "")));
            }
            if (index != null) {
                found.put(column, index);
            } else if (column.imported()) {
                missing.add("“" + column.heading() + "”");
            }
        }
        if (!missing.isEmpty()) {
            int last = missing.size() - 1;
            String list = last == 0 ? missing.get(0)
                    : String.join(", ", missing.subList(0, last)) + " and " + missing.get(last);
            throw new ExcelImportException("The " + sheet.name() + " sheet is missing the column"
                    + (missing.size() == 1 ? " " : "s ") + list + ". Keep the headings in the first row as they "
                    + "were exported, or export the plan again.");
        }
        return found;
    }

    // ---- priorities -------------------------------------------------------------------------------------------------

    /** @return how many of the plan's priorities the file lists */
    private int priorities(SheetData sheet, Map<PriorityColumn, Integer> columns) {
        Map<Long, PriorityRow> current = plan.priorities().stream()
                .collect(Collectors.toMap(PriorityRow::id, Function.identity()));
        Map<Long, Integer> seen = new HashMap<>();
        for (SheetRow sheetRow : sheet.rows()) {
            Cells<PriorityColumn> row = new Cells<>(Layout.PRIORITIES, sheetRow, columns);
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
                    unchangedPriorities++;
                } else if (!Objects.equals(version, now.version())) {
                    row.problem(null, CONFLICT);
                } else {
                    changes.add(new RowChange(Layout.PRIORITIES, sheetRow.number(), id, now.title(), fields));
                    priorityDrafts.add(new PriorityDraft(id, plan.planId(), title, why, now.leadOrganisationId(),
                            now.leadPersonId(), starts, ends, rag, reason,
                            now.tags().stream().map(TagOption::id).collect(Collectors.toSet()), now.version()));
                }
            } else if (!row.hasProblems()) {
                additions.add(new RowAddition(Layout.PRIORITIES, sheetRow.number(), title, "New priority: "
                        + Values.day(starts) + " to " + Values.day(ends) + ", " + rag.describe()
                        + (reason == null ? "" : " (" + reason + ")")));
                priorityDrafts.add(new PriorityDraft(null, plan.planId(), title, why, null, null, starts, ends, rag,
                        reason, Set.of(), null));
            }
        }
        return seen.size();
    }

    // ---- actions ----------------------------------------------------------------------------------------------------

    /** @return how many of the plan's actions the file lists */
    private int actions(SheetData sheet, Map<ActionColumn, Integer> columns) {
        Map<Long, ActionRow> current = plan.actions().stream()
                .collect(Collectors.toMap(ActionRow::id, Function.identity()));
        Map<Long, PriorityRow> priorities = plan.priorities().stream()
                .collect(Collectors.toMap(PriorityRow::id, Function.identity()));
        Map<Long, Integer> seen = new HashMap<>();
        for (SheetRow sheetRow : sheet.rows()) {
            Cells<ActionColumn> row = new Cells<>(Layout.ACTIONS, sheetRow, columns);
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
                additions.add(new RowAddition(Layout.ACTIONS, sheetRow.number(), title, "New "
                        + (isMilestone ? "milestone" : "action") + " under “" + priority.title() + "”: "
                        + (ownerId == null ? "no owner" : "owner " + people.name(ownerId, null)) + ", "
                        + (due == null ? "no due date" : "due " + Values.day(due)) + ", "
                        + status.label().toLowerCase(Locale.ROOT) + ", " + percentComplete + "% complete"));
                actionDrafts.add(draft);
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
                unchangedActions++;
            } else if (!Objects.equals(version, now.version())) {
                row.problem(null, CONFLICT);
            } else {
                changes.add(new RowChange(Layout.ACTIONS, sheetRow.number(), id, now.title(), fields));
                actionDrafts.add(draft);
            }
        }
        return seen.size();
    }

    /** Who the Owner cell names: the current owner as exported, or someone in the team by name. */
    private Long owner(Cells<ActionColumn> row, String text, ActionRow now) {
        if (text == null) {
            return null;
        }
        if (now != null && now.ownerId() != null && (text.equalsIgnoreCase(Values.show(now.ownerName()))
                || text.equalsIgnoreCase(people.label(now.ownerId(), "")))) {
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

    private Long priorityOfNewAction(Cells<ActionColumn> row, Long priorityId, String priorityTitle,
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
                .filter(p -> p.title().trim().equalsIgnoreCase(priorityTitle)).toList();
        if (matches.size() == 1) {
            return matches.get(0).id();
        }
        row.problem(ActionColumn.PRIORITY, matches.isEmpty()
                ? "There is no priority called “" + priorityTitle + "” in this plan. A new action goes under a "
                        + "priority already in the portal: use its ID or its exact title."
                : "More than one priority is called “" + priorityTitle + "”. Give the priority's ID instead.");
        return null;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private static void compare(List<FieldChange> fields, Layout.Column column, String before, String after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(field(column), Values.show(before), Values.show(after)));
        }
    }

    private static void compareDates(List<FieldChange> fields, Layout.Column column, LocalDate before,
                                     LocalDate after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(field(column), Values.day(before), Values.day(after)));
        }
    }

    /** A field is named as its column's heading, which is what the person sees in the file. */
    private static String field(Layout.Column column) {
        return column.heading();
    }

    private static String yesNo(boolean value) {
        return value ? Layout.YES : Layout.NO;
    }

    /** One row's cells, read as the column expects, with each problem noted against the column. */
    private final class Cells<C extends Layout.Column> {
        private final String sheet;
        private final SheetRow row;
        private final Map<C, Integer> columns;
        private boolean problem;

        Cells(String sheet, SheetRow row, Map<C, Integer> columns) {
            this.sheet = sheet;
            this.row = row;
            this.columns = columns;
        }

        boolean blank(C[] all) {
            for (C column : all) {
                if (column.imported() && cell(column) != null) {
                    return false;
                }
            }
            return true;
        }

        boolean hasProblems() {
            return problem;
        }

        void problem(C column, String message) {
            problem = true;
            problems.add(new RowProblem(sheet, row.number(), column == null ? RowProblem.WHOLE_ROW : column.heading(),
                    message));
        }

        private CellValue cell(C column) {
            Integer index = columns.get(column);
            return index == null ? null : row.cells().get(index);
        }

        /** Any error value ("#REF!") is a problem whatever the column holds. */
        private CellValue usable(C column) {
            CellValue cell = cell(column);
            if (cell != null && cell.kind() == Kind.ERROR) {
                problem(column, "The cell shows an error (" + cell.text() + "). Put a value in it instead.");
                return null;
            }
            return cell;
        }

        String text(C column) {
            CellValue cell = usable(column);
            return cell == null ? null : Values.clean(cell.text());
        }

        Long id(C column) {
            CellValue cell = usable(column);
            if (cell == null) {
                return null;
            }
            Double number = number(cell);
            if (number == null || number <= 0 || number != Math.rint(number) || number > Long.MAX_VALUE) {
                problem(column, "“" + cell.text() + "” is not an ID. IDs are whole numbers: leave them as exported, "
                        + "or empty for a new row.");
                return null;
            }
            return number.longValue();
        }

        Integer whole(C column) {
            CellValue cell = usable(column);
            Double number = cell == null ? null : number(cell);
            return number == null || number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE ? null
                    : number.intValue();
        }

        Integer percent(C column) {
            CellValue cell = usable(column);
            if (cell == null) {
                return null;
            }
            Double number = number(cell);
            if (number == null || number < 0 || number > 100 || number != Math.rint(number)) {
                problem(column, "“" + cell.text() + "” is not a whole number from 0 to 100.");
                return null;
            }
            return number.intValue();
        }

        LocalDate date(C column) {
            CellValue cell = usable(column);
            if (cell == null) {
                return null;
            }
            LocalDate date = switch (cell.kind()) {
                case DATE -> cell.date();
                case NUMBER -> Values.serialDate(cell.number()).orElse(null);
                case TEXT -> Values.typedDate(cell.text()).orElse(null);
                default -> null;
            };
            if (date == null) {
                problem(column, "“" + cell.text() + "” is not a date. Enter a date such as 31 Mar 2027.");
            }
            return date;
        }

        Rag rag(C column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            Rag rag = Values.rag(text).orElse(null);
            if (rag == null) {
                problem(column, "“" + text + "” is not a status. Choose Blue, Green, Amber or Red.");
            }
            return rag;
        }

        ActionStatus status(C column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            ActionStatus status = Values.status(text).orElse(null);
            if (status == null) {
                problem(column, "“" + text + "” is not a status. Choose Not started, In progress, Blocked, Done or "
                        + "Cancelled.");
            }
            return status;
        }

        Boolean yesNo(C column) {
            CellValue cell = usable(column);
            if (cell == null) {
                return null;
            }
            Boolean value = Values.yesNo(cell.text()).orElse(null);
            if (value == null) {
                problem(column, "“" + cell.text() + "” is not Yes or No.");
            }
            return value;
        }

        void required(C column, Object value, String message) {
            // a cell that is there but could not be read has its own problem already
            if (value == null && cell(column) == null) {
                problem(column, message);
            }
        }

        void length(C column, String value, int max) {
            if (value != null && value.length() > max) {
                problem(column, "Must be " + max + " characters or fewer (this has " + value.length() + ").");
            }
        }

        private static Double number(CellValue cell) {
            return switch (cell.kind()) {
                case NUMBER -> cell.number();
                case TEXT -> {
                    String text = cell.text().trim().replace(",", "");
                    if (text.endsWith("%")) {
                        text = text.substring(0, text.length() - 1).trim();
                    }
                    try {
                        yield Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        yield null;
                    }
                }
                default -> null;
            };
        }
    }
}
