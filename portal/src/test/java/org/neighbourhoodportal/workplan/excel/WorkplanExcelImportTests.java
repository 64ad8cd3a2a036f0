package org.neighbourhoodportal.workplan.excel;

import org.neighbourhoodportal.spreadsheets.RowProblem;
import org.neighbourhoodportal.spreadsheets.ExcelImportException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workplan.ActionDraft;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.UpdateRow;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.ActionRiskService;
import org.springframework.beans.factory.annotation.Autowired;

/** Bringing an edited workbook back: the preview, the rules, and saving only what was confirmed. */
@ExcelTest
class WorkplanExcelImportTests {

    @Autowired RunAs runAs;
    @Autowired WorkplanService workplan;
    @Autowired ActionRiskService actionRiskService;
    @Autowired PriorityService priorityService;
    @Autowired WorkplanExcelService excel;

    private ExcelFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ExcelFixture(runAs, workplan, priorityService, actionRiskService, excel);
    }

    @Test
    void exporting_then_importing_an_unchanged_file_reports_no_changes() {
        long planId = fixture.harboroughPlan();
        ImportPreview preview = fixture.preview(planId, fixture.export(LEAD, planId));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).isEmpty();
        assertThat(preview.additions()).isEmpty();
        assertThat(preview.unchangedPriorities()).isEqualTo(fixture.priorities(planId).size());
        assertThat(preview.unchangedActions()).isEqualTo(fixture.actions(planId).size());
        assertThat(preview.prioritiesNotInFile() + preview.actionsNotInFile()).isZero();
        assertThat(preview.canApply()).isFalse();
        assertThat(preview.summary()).isEqualTo("This file matches the plan: there is nothing to change.");
    }

    @Test
    void a_changed_cell_shows_in_the_preview_field_by_field_and_is_saved_only_once_applied() {
        long planId = fixture.freshPlan();
        ActionRow checklist = fixture.action(planId, "Home safety checklist with Fire & Rescue");
        PriorityRow falls = fixture.priority(planId, "Falls prevention at home");
        int year = falls.startsOn().getYear();
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook -> {
            Sheet actions = workbook.getSheet("Actions");
            Workbooks.set(actions, checklist.id(), "% complete", 75);
            Workbooks.set(actions, checklist.id(), "Due", LocalDate.of(year, 10, 15));
            Sheet priorities = workbook.getSheet("Priorities");
            Workbooks.set(priorities, falls.id(), "Status (RAG)", "Amber");
            Workbooks.set(priorities, falls.id(), "Reason for the status", "The balance class venue fell through.");
        });

        ImportPreview preview = fixture.preview(planId, edited);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.additions()).isEmpty();
        assertThat(preview.changes()).containsExactly(
                new RowChange("Priorities", 2, falls.id(), "Falls prevention at home", List.of(
                        new FieldChange("Status (RAG)", "Green – on track", "Amber – at risk"),
                        new FieldChange("Reason for the status", "(blank)",
                                "The balance class venue fell through."))),
                new RowChange("Actions", 2, checklist.id(), "Home safety checklist with Fire & Rescue", List.of(
                        new FieldChange("Due", "30 Sept " + year, "15 Oct " + year),
                        new FieldChange("% complete", "40%", "75%"))));
        assertThat(preview.unchangedPriorities()).isEqualTo(1);
        assertThat(preview.unchangedActions()).isEqualTo(2);
        assertThat(preview.summary()).isEqualTo("2 changes, 0 additions, 3 rows left as they are.");
        assertThat(preview.canApply()).isTrue();
        // nothing saved yet
        assertThat(fixture.action(planId, checklist.title())).isEqualTo(checklist);
        assertThat(fixture.priority(planId, falls.title()).rag()).isEqualTo(Rag.GREEN);

        ImportResult result = fixture.apply(preview);

        assertThat(result).isEqualTo(new ImportResult(0, 2));
        assertThat(result.describe()).isEqualTo("Saved 2 changes and 0 additions.");
        ActionRow saved = fixture.action(planId, checklist.title());
        assertThat(saved.percentComplete()).isEqualTo(75);
        assertThat(saved.dueOn()).isEqualTo(LocalDate.of(year, 10, 15));
        PriorityRow rated = fixture.priority(planId, falls.title());
        assertThat(rated.rag()).isEqualTo(Rag.AMBER);
        assertThat(rated.ragReason()).isEqualTo("The balance class venue fell through.");
        // a new colour is recorded in the priority's history, as on the plan's pages
        assertThat(runAs.person(LEAD, () -> priorityService.priority(falls.id()).updates()))
                .extracting(UpdateRow::text).first().asString()
                .isEqualTo("Status changed from Green – on track to Amber – at risk: The balance class venue fell "
                        + "through.");
        // and the same file again changes nothing more
        assertThat(fixture.preview(planId, edited).hasChanges()).isFalse();
    }

    @Test
    void rows_without_an_id_are_added_and_a_new_action_goes_under_the_priority_it_names() {
        long planId = fixture.freshPlan();
        int year = fixture.priority(planId, "Falls prevention at home").startsOn().getYear();
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook -> {
            Workbooks.append(workbook.getSheet("Actions"), "Priority", "support for unpaid carers",
                    "Action", "Carers' assessment clinic", "Owner", "Jo Bennett", "Due", LocalDate.of(year, 12, 1),
                    "Status", "In progress", "% complete", 10, "Milestone", "Yes");
            Workbooks.append(workbook.getSheet("Priorities"), "Title", "Digital inclusion",
                    "Starts", LocalDate.of(year, 9, 1), "Ends", "31/03/" + (year + 1), "Status (RAG)", "green");
        });

        ImportPreview preview = fixture.preview(planId, edited);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.additions()).extracting(RowAddition::sheet, RowAddition::row, RowAddition::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Priorities", 4, "Digital inclusion"),
                        org.assertj.core.groups.Tuple.tuple("Actions", 5, "Carers' assessment clinic"));
        assertThat(preview.additions().get(1).details()).isEqualTo("New milestone under “Support for unpaid "
                + "carers”: owner Jo Bennett, due 1 Dec " + year + ", in progress, 10% complete");

        assertThat(fixture.apply(preview)).isEqualTo(new ImportResult(2, 0));
        ActionRow added = fixture.action(planId, "Carers' assessment clinic");
        assertThat(added.priorityId()).isEqualTo(fixture.priority(planId, "Support for unpaid carers").id());
        assertThat(added.ownerName()).isEqualTo("Jo Bennett");
        assertThat(added.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(added.milestone()).isTrue();
        PriorityRow digital = fixture.priority(planId, "Digital inclusion");
        assertThat(digital.endsOn()).isEqualTo(LocalDate.of(year + 1, 3, 31));
        assertThat(digital.rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void every_row_that_fails_validation_is_listed_by_sheet_row_and_column_and_nothing_is_saved() {
        long planId = fixture.freshPlan();
        PriorityRow falls = fixture.priority(planId, "Falls prevention at home");
        PriorityRow carers = fixture.priority(planId, "Support for unpaid carers");
        ActionRow checklist = fixture.action(planId, "Home safety checklist with Fire & Rescue");
        ActionRow classes = fixture.action(planId, "Strength and balance classes in three villages");
        ActionRow cafe = fixture.action(planId, "Carers' café at the library");
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook -> {
            Sheet priorities = workbook.getSheet("Priorities");
            Workbooks.set(priorities, falls.id(), "Title", "A good change that must not be saved alone");
            Workbooks.set(priorities, falls.id(), "Ends", falls.startsOn().minusDays(1));
            Workbooks.set(priorities, carers.id(), "Reason for the status", "");
            Workbooks.set(priorities, carers.id(), "Status (RAG)", "Purple");
            Sheet actions = workbook.getSheet("Actions");
            Workbooks.set(actions, checklist.id(), "Due", "31/02/2201");
            Workbooks.set(actions, checklist.id(), "% complete", 150);
            Workbooks.set(actions, classes.id(), "Owner", "Someone Else");
            Workbooks.set(actions, cafe.id(), "ID (do not change)", 99_999_999);
            Workbooks.append(actions, "Action", "An action under no priority", "Status", "Not started");
        });

        ImportPreview preview = fixture.preview(planId, edited);

        String ends = Values.day(falls.startsOn());
        assertThat(preview.problems()).containsExactly(
                new RowProblem("Priorities", 2, "Ends", "Must be on or after the start date (" + ends + ")."),
                new RowProblem("Priorities", 3, "Status (RAG)", "“Purple” is not a status. Choose Blue, Green, "
                        + "Amber or Red."),
                new RowProblem("Actions", 2, "Due", "“31/02/2201” is not a date. Enter a date such as 31 Mar 2027."),
                new RowProblem("Actions", 2, "% complete", "“150” is not a whole number from 0 to 100."),
                new RowProblem("Actions", 3, "Owner", "“Someone Else” is not one of the team's people. Choose a name "
                        + "from the list, or leave it empty."),
                new RowProblem("Actions", 4, "ID (do not change)", "There is no action with ID 99999999 in this "
                        + "plan. Leave the ID empty to add a new action."),
                new RowProblem("Actions", 5, "Priority ID", "Say which priority this new action is under: give its "
                        + "ID (from the Priorities sheet) or its title."));
        assertThat(preview.canApply()).isFalse();
        assertThat(preview.summary()).isEqualTo("7 problems to fix before anything can be saved.");

        assertThatThrownBy(() -> fixture.apply(preview)).isInstanceOf(ExcelImportException.class)
                .hasMessage(WorkplanExcelService.HAS_PROBLEMS);
        assertThat(fixture.priority(planId, falls.title())).isEqualTo(falls);
        assertThat(fixture.actions(planId)).containsExactlyInAnyOrder(checklist, classes, cafe);
    }

    @Test
    void an_amber_or_red_status_needs_a_reason_as_it_does_on_the_plans_pages() {
        long planId = fixture.freshPlan();
        PriorityRow falls = fixture.priority(planId, "Falls prevention at home");
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook ->
                Workbooks.set(workbook.getSheet("Priorities"), falls.id(), "Status (RAG)", "Red"));

        assertThat(fixture.preview(planId, edited).problems()).containsExactly(new RowProblem("Priorities", 2,
                "Reason for the status", "Say why it is red, so the board knows what help is needed."));
    }

    @Test
    void a_row_changed_in_the_portal_since_the_export_is_reported_rather_than_overwritten() {
        long planId = fixture.freshPlan();
        ActionRow checklist = fixture.action(planId, "Home safety checklist with Fire & Rescue");
        byte[] exported = fixture.export(LEAD, planId);
        // meanwhile, in the portal, the action's owner records progress
        runAs.person(LEAD, () -> actionRiskService.saveAction(new ActionDraft(checklist.id(), checklist.priorityId(),
                checklist.title(), checklist.ownerId(), checklist.dueOn(), ActionStatus.IN_PROGRESS, 60, false, checklist.version())));
        byte[] edited = Workbooks.edit(exported, workbook ->
                Workbooks.set(workbook.getSheet("Actions"), checklist.id(), "Action", "Home safety checklist"));

        ImportPreview preview = fixture.preview(planId, edited);

        assertThat(preview.problems()).containsExactly(
                new RowProblem("Actions", 2, RowProblem.WHOLE_ROW, ImportPlanner.CONFLICT));
        assertThat(preview.canApply()).isFalse();
        assertThat(fixture.action(planId, checklist.title()).percentComplete()).isEqualTo(60);
    }

    @Test
    void a_row_changed_in_the_portal_that_the_file_leaves_as_it_now_is_counts_as_unchanged() {
        long planId = fixture.freshPlan();
        ActionRow cafe = fixture.action(planId, "Carers' café at the library");
        byte[] exported = fixture.export(LEAD, planId);
        runAs.person(LEAD, () -> actionRiskService.saveAction(new ActionDraft(cafe.id(), cafe.priorityId(), cafe.title(),
                cafe.ownerId(), cafe.dueOn(), ActionStatus.IN_PROGRESS, 20, false, cafe.version())));
        byte[] edited = Workbooks.edit(exported, workbook -> {
            Workbooks.set(workbook.getSheet("Actions"), cafe.id(), "Status", "In progress");
            Workbooks.set(workbook.getSheet("Actions"), cafe.id(), "% complete", 20);
        });

        ImportPreview preview = fixture.preview(planId, edited);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.hasChanges()).isFalse();
    }

    @Test
    void a_preview_made_before_someone_else_saved_is_not_applied_and_their_change_stands() {
        long planId = fixture.freshPlan();
        ActionRow classes = fixture.action(planId, "Strength and balance classes in three villages");
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook ->
                Workbooks.set(workbook.getSheet("Actions"), classes.id(), "Status", "Blocked"));
        ImportPreview preview = fixture.preview(planId, edited);
        assertThat(preview.canApply()).isTrue();

        runAs.person(LEAD, () -> actionRiskService.saveAction(new ActionDraft(classes.id(), classes.priorityId(),
                classes.title(), classes.ownerId(), classes.dueOn(), ActionStatus.IN_PROGRESS, 30, true, classes.version())));

        assertThatThrownBy(() -> fixture.apply(preview)).isInstanceOf(ExcelImportException.class)
                .hasMessage(WorkplanExcelService.STALE);
        ActionRow now = fixture.action(planId, classes.title());
        assertThat(now.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(now.percentComplete()).isEqualTo(30);
    }

    @Test
    void typed_values_are_read_the_way_people_write_them() {
        long planId = fixture.freshPlan();
        ActionRow cafe = fixture.action(planId, "Carers' café at the library");
        int year = fixture.priority(planId, "Support for unpaid carers").startsOn().getYear();
        byte[] edited = Workbooks.edit(fixture.export(LEAD, planId), workbook -> {
            Sheet actions = workbook.getSheet("Actions");
            Workbooks.set(actions, cafe.id(), "Due", "3 Sept " + year);
            Workbooks.set(actions, cafe.id(), "Status", "done");
            Workbooks.set(actions, cafe.id(), "% complete", "20%");
            Workbooks.set(actions, cafe.id(), "Owner", "priya shah");
            Workbooks.set(actions, cafe.id(), "Milestone", "yes");
        });

        ImportPreview preview = fixture.preview(planId, edited);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).singleElement().extracting(RowChange::fields).asList().containsExactly(
                new FieldChange("Owner", "(blank)", "Priya Shah"),
                new FieldChange("Due", "(blank)", "3 Sept " + year),
                new FieldChange("Status", "Not started", "Done"),
                // done means 100%, as on the plan's pages
                new FieldChange("% complete", "0%", "100%"),
                new FieldChange("Milestone", "No", "Yes"));
    }
}
