package org.neighbourhoodportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neighbourhoodportal.feedback.FeedbackDetails;
import org.neighbourhoodportal.feedback.FeedbackFilter;
import org.neighbourhoodportal.feedback.FeedbackRow;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.feedback.FeedbackStatus;
import org.neighbourhoodportal.timeline.TimelineEntry;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.neighbourhoodportal.workplan.BaselineSummary;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityDetails;
import org.neighbourhoodportal.workplan.PriorityFilter;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.ProgressService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.BacklogService;
import org.neighbourhoodportal.workplan.excel.ImportPreview;
import org.neighbourhoodportal.workplan.excel.WorkplanExcelService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The whole application on a real MariaDB, in a database of its own made for this run: the production profile's
 * settings, the same Flyway scripts and the engine's MySQL dialect, walked through with the demo people. H2 is
 * forgiving where MariaDB is not (isolation, identifier case, utf8mb4, the engine's view of other databases), so
 * this is where those differences would show.
 */
@ExtendWith(MariaDbDatabase.class) // first: the database exists before the context starts and outlives it
@SpringBootTest
@ActiveProfiles({"test", "demo", "mariadb"})
@DirtiesContext
class MariaDbSuiteIT {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        String url = MariaDbDatabase.jdbcUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> MariaDbDatabase.USER);
        registry.add("spring.datasource.password", () -> MariaDbDatabase.PASSWORD);
    }

    @Autowired LoopDriver loop;
    @Autowired RunAs runAs;
    @Autowired FeedbackService feedback;
    @Autowired WorkflowService workflow;
    @Autowired Flyway flyway;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProcessEngine engine;
    @Autowired Environment environment;
    @Autowired WorkplanExcelService excel;
    @Autowired WorkplanService workplan;
    @Autowired PriorityService priorityService;
    @Autowired ProgressService progressService;
    /** The real service, until a test makes it fail (reset after each test). */
    @MockitoSpyBean BacklogService backlogService;

    @Test
    void the_application_starts_on_mariadb_with_every_migration_applied_and_the_entities_validated() throws Exception {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty()
                .extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
        // the context started, so Hibernate validated every entity against the tables Flyway made
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");

        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("MariaDB");
            assertThat(connection.getCatalog()).isEqualTo(MariaDbDatabase.name());
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
        assertThat(jdbc.queryForMap("select default_character_set_name cs, default_collation_name co "
                + "from information_schema.schemata where schema_name = database()"))
                .containsEntry("cs", "utf8mb4").containsEntry("co", "utf8mb4_bin");
        assertThat(engine.getProcessEngineConfiguration().getDatabaseType()).isEqualTo("mysql");
        // Flyway made the engine's tables (V008) and the portal's index on them (V009); the engine made none
        assertThat(flyway.info().applied()).extracting(MigrationInfo::getVersion)
                .contains(MigrationVersion.fromVersion("8"), MigrationVersion.fromVersion("9"));
        assertThat(engine.getProcessEngineConfiguration().getDatabaseSchemaUpdate()).isEqualTo("false");
        // every text column of every table, the engine's included, holds four-byte characters
        assertThat(jdbc.queryForList("select concat(table_name, '.', column_name) from information_schema.columns "
                + "where table_schema = database() and character_set_name is not null "
                + "and character_set_name <> 'utf8mb4'", String.class)).isEmpty();
        // the portal's tables and the engine's live side by side in this run's database
        assertThat(jdbc.queryForList("select lower(table_name) from information_schema.tables "
                + "where table_schema = database()", String.class))
                .contains("flyway_schema_history", "feedback_item", "workplan_backlog_item", "person",
                        "act_ru_task", "act_hi_procinst", "act_ge_property");
    }

    @Test
    void the_demo_people_and_their_feedback_are_loaded_with_real_processes_behind_them() {
        assertThat(runAs.person(LEAD, () -> feedback.list(FeedbackFilter.all(), 0, 500)))
                .extracting(FeedbackRow::summary)
                .contains("Phone queue at 8am is too long", "Not sure what a social prescriber does",
                        "More outdoor activities for wellbeing");
        assertThat(runAs.person(ICB_MANAGER, () -> feedback.teamsInView()))
                .extracting(t -> t.name()).hasSize(4).allMatch(name -> name.startsWith("Thurrock INT"));

        FeedbackRow referred = runAs.person(LEAD, () -> feedback.list(FeedbackFilter.all(), 0, 500)).stream()
                .filter(r -> r.summary().equals("Not sure what a social prescriber does")).findFirst().orElseThrow();
        assertThat(referred.status()).isEqualTo(FeedbackStatus.WITH_ORGANISATION);
        assertThat(loop.requireTask(MEMBER, referred.id()).taskKey()).isEqualTo("Task_RespondForOrganisation");
    }

    @Test
    void feedback_answered_directly_and_confirmed_closes_with_a_full_timeline_and_its_words_intact() {
        // four-byte characters need utf8mb4 all the way: the database, the tables and the connection
        String summary = "Café queue – naïve “booking” rules 😀";
        long id = loop.wholeLoop(summary);

        FeedbackDetails details = runAs.person(LEAD, () -> feedback.details(id));
        assertThat(details.summary()).isEqualTo(summary);
        assertThat(details.patientsSaid()).isEqualTo("Patients told us: " + summary);
        assertThat(details.status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(details.closedAt()).isNotNull();
        assertThat(details.waitingOn()).isEmpty();
        assertThat(details.timeline()).extracting(TimelineEntry::what).containsExactly(
                "Feedback submitted", "Acknowledged", "Routed", "Response written", "Response sent to the PPG",
                "PPG confirmed it is resolved", "Closed");
        // business keys are record ids, so another workflow's record may share the number: this loop's process only
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ = ? and PROC_DEF_ID_ "
                + "like ?", Integer.class, Long.toString(id),
                org.neighbourhoodportal.processes.PpgFeedbackProcess.KEY + ":%")).isZero();
    }

    @Test
    void referred_feedback_is_answered_by_the_member_organisation_and_not_by_the_lead() {
        long id = loop.submitAsPpg("Nobody explained social prescribing");
        loop.completeOk(LEAD, id, Map.of("acknowledgement", "Thanks"));
        loop.completeOk(LEAD, id, Map.of("route", "refer",
                "referredOrganisationId", loop.organisationId(id, "Voluntary Action South Leicestershire")));

        assertThat(loop.taskFor(LEAD, id)).isEmpty();
        assertThat(runAs.person(LEAD, () -> feedback.details(id)).status()).isEqualTo(FeedbackStatus.WITH_ORGANISATION);
        loop.completeOk(MEMBER, id, Map.of("response", "Our link workers will speak at the next PPG meeting."));
        loop.completeOk(PPG_REP, id, Map.of("outcome", "closed"));

        FeedbackDetails details = runAs.person(LEAD, () -> feedback.details(id));
        assertThat(details.status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(details.referredTo()).startsWith("Voluntary Action South Leicestershire");
        assertThat(details.timeline()).filteredOn(e -> e.what().equals("Response written"))
                .extracting(TimelineEntry::who).containsExactly("Priya Shah");
    }

    @Test
    void feedback_added_to_the_backlog_becomes_a_backlog_item_and_a_reopened_loop_goes_round_again() {
        long id = loop.submitAsPpg("Pharmacy queue outside in the rain");
        loop.completeOk(LEAD, id, Map.of("acknowledgement", "Thanks"));
        loop.completeOk(LEAD, id, Map.of("route", "backlog"));

        long teamId = runAs.person(LEAD, () -> feedback.teamsInView().get(0).id());
        assertThat(runAs.person(LEAD, () -> backlogService.backlog(teamId)))
                .filteredOn(item -> item.sourceId() != null && item.sourceId() == id)
                .singleElement().satisfies(item -> assertThat(item.title()).isEqualTo("Pharmacy queue outside in the rain"));

        loop.completeOk(LEAD, id, Map.of("response", "A canopy is on the work plan."));
        loop.completeOk(PPG_REP, id, Map.of("outcome", "reopen", "reopenReason", "It is still raining on people."));
        assertThat(runAs.person(PPG_REP, () -> feedback.details(id)).status()).isEqualTo(FeedbackStatus.REOPENED);
        assertThat(loop.requireTask(LEAD, id).taskKey()).isEqualTo("Task_RouteFeedback");

        loop.completeOk(LEAD, id, Map.of("route", "answer"));
        loop.completeOk(LEAD, id, Map.of("response", "The pharmacy now lets people wait inside."));
        loop.completeOk(PPG_REP, id, Map.of("outcome", "closed"));
        List<TimelineEntry> timeline = runAs.person(PPG_REP, () -> feedback.details(id)).timeline();
        assertThat(timeline).filteredOn(e -> e.what().equals("Reopened by the PPG"))
                .extracting(TimelineEntry::detail).containsExactly("It is still raining on people.");
        assertThat(timeline).filteredOn(e -> e.what().equals("Response sent to the PPG")).hasSize(2);
        assertThat(timeline.get(timeline.size() - 1).what()).isEqualTo("Closed");
    }

    @Test
    void a_thurrock_lead_can_neither_read_nor_act_on_harborough_feedback() {
        long id = loop.submitAsPpg("Only for Harborough");
        WorkItem task = loop.requireTask(LEAD, id);

        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD, () -> feedback.details(id)))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("That feedback does not exist, or you do not have access to it.");
        assertThat(runAs.person(THURROCK_LEAD, () -> feedback.list(FeedbackFilter.all(), 0, 500)))
                .extracting(FeedbackRow::id).doesNotContain(id);
        assertThat(loop.taskFor(THURROCK_LEAD, id)).isEmpty();
        assertThatThrownBy(() -> runAs.person(THURROCK_LEAD,
                () -> workflow.complete(task.id(), Map.of("acknowledgement", "Not mine"))))
                .isInstanceOf(NotAllowedException.class);
        assertThat(loop.timeline(LEAD, id)).containsExactly("Feedback submitted");
    }

    @Test
    void when_adding_to_the_backlog_fails_the_routing_is_not_saved_and_the_task_stays_open() {
        long id = loop.submitAsPpg("Both or neither");
        loop.completeOk(LEAD, id, Map.of("acknowledgement", "Thanks"));
        doThrow(new IllegalStateException("backlog unavailable"))
                .when(backlogService).addToBacklog(anyLong(), anyString(), anyString(), anyString(), anyLong(), any());

        assertThatThrownBy(() -> loop.complete(LEAD, id, Map.of("route", "backlog")))
                .hasMessageContaining("backlog unavailable");

        assertThat(loop.requireTask(LEAD, id).taskKey()).isEqualTo("Task_RouteFeedback");
        assertThat(loop.timeline(LEAD, id)).containsExactly("Feedback submitted", "Acknowledged");
        assertThat(jdbc.queryForMap("select status, route from feedback_item where id = ?", id))
                .containsEntry("status", FeedbackStatus.ACKNOWLEDGED.name()).containsEntry("route", null);
        assertThat(jdbc.queryForObject("select count(*) from workplan_backlog_item where source_id = ?",
                Integer.class, id)).isZero();

        // nothing was left half-done: once the backlog works again, the same step goes through
        reset(backlogService);
        loop.completeOk(LEAD, id, Map.of("route", "backlog"));
        assertThat(loop.requireTask(LEAD, id).taskKey()).isEqualTo("Task_RespondToPpg");
    }

    @Test
    void the_work_plan_keeps_status_history_baselines_and_an_unchanged_excel_round_trip_on_mariadb() throws Exception {
        PlanSummary plan = runAs.person(LEAD, () -> workplan.plans()).stream()
                .filter(p -> p.teamName().equals("Harborough INT")).findFirst().orElseThrow();
        long priority = runAs.person(LEAD, () -> priorityService.priorities(plan.id(), PriorityFilter.all())).stream()
                .filter(r -> r.title().equals("Mental health initiatives")).findFirst().orElseThrow().id();

        runAs.person(LEAD, () -> progressService.rate(priority, Rag.AMBER, "Coffee Bus off the road – “repairs”",
                "Sessions paused for a fortnight."));
        BaselineSummary baseline = runAs.person(LEAD, () -> progressService.takeBaseline(plan.id(), "MariaDB check"));

        PriorityDetails details = runAs.person(MEMBER, () -> priorityService.priority(priority));
        assertThat(details.priority().ragReason()).isEqualTo("Coffee Bus off the road – “repairs”");
        assertThat(details.updates().get(0).rag()).isEqualTo(Rag.AMBER);
        assertThat(runAs.person(MEMBER, () -> progressService.baseline(baseline.id())))
                .filteredOn(i -> !i.action() && i.itemId() == priority).singleElement()
                .satisfies(i -> assertThat(i.rag()).isEqualTo(Rag.AMBER));

        java.io.ByteArrayOutputStream workbook = new java.io.ByteArrayOutputStream();
        runAs.person(LEAD, () -> {
            try {
                excel.export(plan.id(), workbook);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ImportPreview preview = runAs.person(LEAD, () -> excel.preview(plan.id(), "plan.xlsx",
                new java.io.ByteArrayInputStream(workbook.toByteArray())));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).isEmpty();
        assertThat(preview.additions()).isEmpty();
    }
}
