package org.neighbourhoodportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.HARBOROUGH;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.forms.FormField;
import org.neighbourhoodportal.processes.MonthlyHighlightReport;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.neighbourhoodportal.processes.PpgProposalProcess;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workflow.FormCatalogue;
import org.neighbourhoodportal.workplan.ActionDraft;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.InvalidInputException;
import org.neighbourhoodportal.workplan.PriorityDraft;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.RiskDraft;
import org.neighbourhoodportal.workplan.RiskKind;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.ProgressService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.ActionRiskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stated limits are the real limits: the number a form or an error message states, the number the server checks and
 * the column the text lands in agree, so text just under a limit is saved whole and text just over it is refused with
 * a message, never cut or lost to a database error.
 */
@PortalTest
class StatedLimitsTests {

    /** Where each form field with a stated length is kept: "table.column". A new limited field must be added here. */
    private static final Map<String, List<String>> STORED_IN = Map.ofEntries(
            Map.entry("submit-feedback/summary", List.of("feedback_item.summary")),
            Map.entry("submit-feedback/patientsSaid", List.of("feedback_item.patients_said")),
            Map.entry("acknowledge-feedback/acknowledgement", List.of("timeline_entry.detail")),
            Map.entry("route-feedback/routingNote", List.of("timeline_entry.detail")),
            Map.entry("respond-to-feedback/response", List.of("feedback_item.response", "timeline_entry.detail")),
            // added in Camunda Modeler's form editor, no maxLength (the portal's default); kept as a further answer
            Map.entry("respond-to-feedback/alsoToldWho", List.of("further_answer.answer")),
            Map.entry("confirm-feedback-outcome/reopenReason", List.of("timeline_entry.detail")),
            Map.entry("share-proposal/title", List.of("ppg_proposal.title")),
            Map.entry("share-proposal/proposal", List.of("ppg_proposal.proposal")),
            Map.entry("give-view-on-proposal/comments", List.of("ppg_proposal_response.comments")),
            Map.entry("record-proposal-decision/decision", List.of("ppg_proposal.decision")),
            Map.entry("update-priority-for-report/ragReason",
                    List.of("highlight_report_priority.rag_reason", "priority.rag_reason")),
            Map.entry("update-priority-for-report/progress", List.of("highlight_report_priority.progress")),
            Map.entry("update-priority-for-report/nextMonth", List.of("highlight_report_priority.next_month")),
            Map.entry("update-priority-for-report/learning", List.of("highlight_report_priority.learning")),
            Map.entry("update-priority-for-report/helpNeeded", List.of("highlight_report_priority.help_needed")),
            Map.entry("update-priority-for-report/issuesRisks", List.of("highlight_report_priority.issues_risks")),
            Map.entry("compile-highlight-report/prioritiesSummary", List.of("highlight_report_section.body")),
            Map.entry("compile-highlight-report/outcomes", List.of("highlight_report_section.body")),
            Map.entry("compile-highlight-report/completedLastMonth", List.of("highlight_report_section.body")),
            Map.entry("compile-highlight-report/plannedNextMonth", List.of("highlight_report_section.body")),
            Map.entry("compile-highlight-report/learningToShare", List.of("highlight_report_section.body")),
            Map.entry("compile-highlight-report/helpRequested", List.of("highlight_report_section.body")),
            Map.entry("compile-highlight-report/issuesAndRisks", List.of("highlight_report_section.body")),
            Map.entry("compile-highlight-report/missedUpdates", List.of("highlight_report_section.body")),
            Map.entry("approve-highlight-report/changesNeeded", List.of("highlight_report.changes_needed")));

    /** Start forms save a record and start a process with ids only; task forms' values also become variables. */
    private static final Set<String> START_FORMS = Set.of(PpgFeedbackProcess.FORM_SUBMIT_FEEDBACK,
            PpgProposalProcess.FORM_SHARE_PROPOSAL);

    private static final List<String> FORMS = List.of(PpgFeedbackProcess.FORM_SUBMIT_FEEDBACK,
            PpgFeedbackProcess.FORM_ACKNOWLEDGE_FEEDBACK, PpgFeedbackProcess.FORM_ROUTE_FEEDBACK,
            PpgFeedbackProcess.FORM_RESPOND_TO_FEEDBACK, PpgFeedbackProcess.FORM_CONFIRM_FEEDBACK_OUTCOME,
            PpgProposalProcess.FORM_SHARE_PROPOSAL, PpgProposalProcess.FORM_GIVE_VIEW_ON_PROPOSAL,
            PpgProposalProcess.FORM_RECORD_PROPOSAL_DECISION, MonthlyHighlightReport.FORM_UPDATE_PRIORITY_FOR_REPORT,
            MonthlyHighlightReport.FORM_COMPILE_HIGHLIGHT_REPORT, MonthlyHighlightReport.FORM_APPROVE_HIGHLIGHT_REPORT);

    private static final AtomicInteger YEARS = new AtomicInteger(1850);

    @Autowired EntityManagerFactory entities;
    @Autowired JdbcTemplate jdbc;
    @Autowired FormCatalogue forms;
    @Autowired WorkplanService workplan;
    @Autowired ActionRiskService actionRiskService;
    @Autowired PriorityService priorityService;
    @Autowired ProgressService progressService;
    @Autowired RunAs runAs;

    @Test
    void every_text_column_an_entity_declares_has_that_length_in_the_database() {
        Map<String, Integer> lengths = columnLengths();
        List<String> checked = new ArrayList<>();
        for (EntityType<?> entity : entities.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            String table = type.getAnnotation(Table.class).name();
            for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    Column column = field.getAnnotation(Column.class);
                    if (column != null && field.getType() == String.class) {
                        String where = table + "." + column.name();
                        assertThat(lengths).as(where).containsKey(where);
                        if (column.columnDefinition().equalsIgnoreCase("text")) {
                            // long text kept off the row (MariaDB's 64 KB row limit): at least the longest stated
                            // limit (a form's 4,000 characters, of up to 4 bytes each), never cut below it
                            assertThat(lengths.get(where)).as(where + " in the database").isGreaterThanOrEqualTo(16_000);
                        } else {
                            assertThat(lengths.get(where)).as(where + " in the database").isEqualTo(column.length());
                        }
                        checked.add(where);
                    }
                }
            }
        }
        assertThat(checked).contains("priority.title", "risk.mitigation", "feedback_item.patients_said");
    }

    @Test
    void every_length_a_form_states_fits_the_columns_its_answer_is_kept_in() {
        Map<String, Integer> lengths = columnLengths();
        int engineText = lengths.get("act_ru_variable.text_");
        for (String formKey : FORMS) {
            for (FormField field : forms.form(formKey).fields()) {
                if (field.maxLength() == null) {
                    continue;
                }
                String key = formKey + "/" + field.key();
                assertThat(STORED_IN).as("where " + key + " is kept (add it to STORED_IN)").containsKey(key);
                for (String column : STORED_IN.get(key)) {
                    assertThat(lengths.get(column)).as(key + " in " + column).isGreaterThanOrEqualTo(field.maxLength());
                }
                if (!START_FORMS.contains(formKey)) {
                    assertThat(field.maxLength()).as(key + " as a process variable").isLessThanOrEqualTo(engineText);
                }
            }
        }
    }

    @Test
    void every_form_field_takes_its_stated_length_and_refuses_one_character_more() {
        for (String formKey : FORMS) {
            for (FormField field : forms.form(formKey).fields()) {
                // a field shown only for some answers (the reason to reopen) is not checked while hidden; its column
                // is still checked above
                if (field.maxLength() == null || field.hideWhen() != null) {
                    continue;
                }
                String key = formKey + "/" + field.key();
                assertThat(errorFor(formKey, field, "x".repeat(field.maxLength()))).as(key + " at its limit").isNull();
                assertThat(errorFor(formKey, field, "x".repeat(field.maxLength() + 1))).as(key + " one over")
                        .isEqualTo("Must be " + field.maxLength() + " characters or fewer.");
            }
        }
    }

    @Test
    void the_work_plans_texts_are_saved_whole_at_their_limit_and_refused_one_character_over() {
        record Limit(String key, int max, Function<String, Object> save, Function<Long, String> readBack) {
        }
        long plan = runAs.person(LEAD, () -> workplan.createPlan(workplan.plans().stream()
                .filter(p -> p.teamName().equals(HARBOROUGH)).findFirst().orElseThrow().teamId(),
                YEARS.getAndIncrement()).id());
        LocalDate start = LocalDate.of(2026, 4, 1);
        Function<String, Object> priorityTitled = title -> priorityService.savePriority(new PriorityDraft(null, plan, title,
                null, null, null, start, start.plusYears(1), Rag.GREEN, null, Set.of(), null));
        long priority = (Long) runAs.person(LEAD, () -> priorityTitled.apply("Falls prevention"));
        Function<Long, PriorityRow> row = id -> runAs.person(LEAD, () -> priorityService.priority(id)).priority();

        List<Limit> limits = List.of(
                new Limit("title", 200, priorityTitled, id -> row.apply(id).title()),
                new Limit("whyItMatters", 4000, text -> priorityService.savePriority(new PriorityDraft(null, plan, "Why",
                        text, null, null, start, start.plusYears(1), Rag.GREEN, null, Set.of(), null)),
                        id -> row.apply(id).whyItMatters()),
                new Limit("ragReason", 1000, text -> priorityService.savePriority(new PriorityDraft(null, plan, "Reason",
                        null, null, null, start, start.plusYears(1), Rag.RED, text, Set.of(), null)),
                        id -> row.apply(id).ragReason()),
                new Limit("title", 300, text -> actionRiskService.saveAction(new ActionDraft(null, priority, text, null, null,
                        ActionStatus.NOT_STARTED, 0, false, null)),
                        id -> runAs.person(LEAD, () -> priorityService.priority(priority)).actions().stream()
                                .filter(a -> a.id() == id).findFirst().orElseThrow().title()),
                new Limit("description", 2000, text -> actionRiskService.saveRisk(new RiskDraft(null, priority, RiskKind.RISK,
                        text, 3, 3, null, null, true, null)), id -> risk(priority, id).description()),
                new Limit("mitigation", 2000, text -> actionRiskService.saveRisk(new RiskDraft(null, priority, RiskKind.RISK,
                        "Risk", 3, 3, null, text, true, null)), id -> risk(priority, id).mitigation()),
                new Limit("update", 4000, text -> {
                    progressService.addUpdate(priority, text);
                    return null;
                }, ignored -> runAs.person(LEAD, () -> priorityService.priority(priority)).updates().get(0).text()),
                new Limit("name", 200, text -> progressService.takeBaseline(plan, text).id(),
                        id -> runAs.person(LEAD, () -> progressService.baselines(plan)).stream().filter(b -> b.id() == id)
                                .findFirst().orElseThrow().name()));

        for (Limit limit : limits) {
            // non-ASCII, so a column in bytes rather than characters would show too
            String atLimit = "é".repeat(limit.max() - 1) + "z";
            Object saved = runAs.person(LEAD, () -> limit.save().apply(atLimit));
            assertThat(limit.readBack().apply(saved instanceof Long id ? id : null)).as(limit.key() + " at "
                    + limit.max()).isEqualTo(atLimit);

            assertThatThrownBy(() -> runAs.person(LEAD, () -> limit.save().apply(atLimit + "z")))
                    .as(limit.key() + " at " + (limit.max() + 1))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .anySatisfy(error -> {
                                assertThat(error.key()).isEqualTo(limit.key());
                                assertThat(error.message()).isEqualTo("Must be " + limit.max()
                                        + " characters or fewer.");
                            }));
        }
    }

    private org.neighbourhoodportal.workplan.RiskRow risk(long priority, long id) {
        return runAs.person(LEAD, () -> priorityService.priority(priority)).risks().stream().filter(r -> r.id() == id)
                .findFirst().orElseThrow();
    }

    /** The validator's message for this field alone, or null if it takes the value. */
    private String errorFor(String formKey, FormField field, String value) {
        Map<String, Object> raw = new HashMap<>();
        raw.put(field.key(), value);
        return forms.validate(formKey, raw, Map.of()).errors().stream().filter(e -> e.key().equals(field.key()))
                .map(e -> e.message()).findFirst().orElse(null);
    }

    /** "table.column" (lower case) to its length in characters, for every column of the current schema. */
    private Map<String, Integer> columnLengths() {
        return jdbc.execute((ConnectionCallback<Map<String, Integer>>) connection -> {
            Map<String, Integer> lengths = new HashMap<>();
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (columns.next()) {
                    lengths.put((columns.getString("TABLE_NAME") + "." + columns.getString("COLUMN_NAME"))
                            .toLowerCase(Locale.ROOT), columns.getInt("COLUMN_SIZE"));
                }
            }
            return lengths;
        });
    }
}
