package org.neighbourhoodportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neighbourhoodportal.support.OnTestDatabase;
import org.neighbourhoodportal.support.TestDatabase;
import org.neighbourhoodportal.workflow.EngineSchema.Dialect;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * The engine's tables are made by Flyway with the engine's own scripts, checked at every start, and a schema with a
 * part missing stops the start with a message that says what is missing and what to do. Flyway is run here as the
 * portal's start runs it (same migrations, same Java migration and check), without the rest of the application.
 * On H2 in every build, and on MariaDB in the MariaDB run ({@link TestDatabase}).
 */
@Tag(TestDatabase.TAG)
@ExtendWith(OnTestDatabase.class)
class EngineSchemaTests {

    private static final String WORDS = "Thanks 👍 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀";

    private TestDatabase database;
    private Dialect dialect;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabase.fresh();
        dialect = TestDatabase.mariaDb() ? Dialect.MYSQL : Dialect.H2;
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void a_new_database_gets_every_table_index_and_constraint_of_the_engine_plus_the_portals_own_index()
            throws Exception {
        flyway(null).migrate();

        try (Connection connection = database.connect()) {
            EngineSchema.Present present = EngineSchema.present(connection, dialect);
            List<EngineSchema.DbObject> expected = EngineSchema.expected(dialect);
            assertThat(expected).hasSizeGreaterThan(290);
            assertThat(EngineSchema.missing(expected, present)).isEmpty();
            assertThat(EngineSchema.missing(EngineSchema.PORTAL_ADDITIONS, present)).isEmpty();
            assertThat(EngineSchema.version(connection)).isEqualTo("7.24.0");
            assertThat(EngineSchema.tablesWithoutFullUnicode(connection, dialect)).isEmpty();
            assertKeepsFourByteText(connection);
        }
    }

    @Test
    void a_start_after_an_index_went_missing_is_refused_naming_the_index_and_the_statement_that_makes_it()
            throws Exception {
        flyway(null).migrate();
        execute(TestDatabase.mariaDb() ? "drop index ACT_IDX_HI_PRO_INST_END on ACT_HI_PROCINST"
                : "drop index ACT_IDX_HI_PRO_INST_END");

        Throwable refused = catchThrowable(() -> flyway(null).migrate());

        IncompleteEngineSchemaException problem = incompleteSchema(refused);
        assertThat(problem.missing()).containsExactly("index ACT_IDX_HI_PRO_INST_END on ACT_HI_PROCINST");
        assertThat(problem.getMessage()).contains("incomplete: 1 of the", "ACT_HI_PROCINST: index ACT_IDX_HI_PRO_INST_END");
        assertThat(problem.whatToDo()).contains("create index ACT_IDX_HI_PRO_INST_END on ACT_HI_PROCINST(END_TIME_);");

        // Spring Boot prints it as "APPLICATION FAILED TO START" with the description and the action
        @SuppressWarnings("deprecation")
        List<String> analyzers = SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class,
                getClass().getClassLoader());
        assertThat(analyzers).contains(EngineSchemaFailureAnalyzer.class.getName());
        FailureAnalysis analysis = new EngineSchemaFailureAnalyzer().analyze(refused);
        assertThat(analysis.getDescription()).contains("ACT_IDX_HI_PRO_INST_END");
        assertThat(analysis.getAction()).contains("back up the database");
    }

    @Test
    void a_missing_portal_addition_is_refused_too() throws Exception {
        flyway(null).migrate();
        execute(TestDatabase.mariaDb() ? "drop index NP_IDX_TASK_PARENT_TASK on ACT_RU_TASK"
                : "drop index NP_IDX_TASK_PARENT_TASK");

        assertThat(incompleteSchema(catchThrowable(() -> flyway(null).migrate())).missing())
                .containsExactly("index NP_IDX_TASK_PARENT_TASK on ACT_RU_TASK");
    }

    @Test
    void an_interrupted_first_start_that_left_the_history_tables_without_their_indexes_is_refused_not_used()
            throws Exception {
        flyway("7").migrate();
        // what a kill -9 left once: the engine's tables, then the history tables but none of their indexes
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            EngineSchema.run(connection, dialect, EngineSchema.createScript(dialect, "engine"));
            for (String sql : EngineSchema.statements(dialect, EngineSchema.createScript(dialect, "history"))) {
                if (sql.toLowerCase().startsWith("create table")) {
                    statement.execute(sql);
                }
            }
        }

        Throwable refused = catchThrowable(() -> flyway(null).migrate());

        IncompleteEngineSchemaException problem = incompleteSchema(refused);
        assertThat(problem.missing()).contains("index ACT_IDX_HI_PRO_INST_END on ACT_HI_PROCINST",
                "table ACT_ID_USER", "table ACT_RE_CASE_DEF");
        assertThat(problem.missing()).filteredOn(m -> m.startsWith("index ACT_IDX_HI_")).hasSizeGreaterThan(60);
        assertThat(problem.whatToDo()).contains("If nothing has been done in the portal yet");
        // refused before the engine's migration ran: Flyway records no failed migration to repair by hand
        assertThat(flyway(null).info().applied()).extracting(MigrationInfo::getState)
                .containsOnly(MigrationState.SUCCESS);
        assertThat(flyway(null).info().applied()).extracting(MigrationInfo::getVersion)
                .doesNotContain(MigrationVersion.fromVersion("8"));
    }

    @Test
    void a_complete_schema_the_engine_created_itself_is_adopted_with_its_data_and_given_full_unicode()
            throws Exception {
        flyway("7").migrate();
        // as an earlier portal let the engine do it (schema-update: true): its scripts unchanged, utf8 on MariaDB
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String component : EngineSchema.COMPONENTS) {
                for (String sql : EngineSchema.statements(dialect, EngineSchema.createScript(dialect, component))) {
                    statement.execute(sql.replace("utf8mb4", "utf8"));
                }
            }
            statement.execute("insert into ACT_GE_PROPERTY (NAME_, VALUE_, REV_) values ('kept', 'from before', 1)");
            if (TestDatabase.mariaDb()) {
                assertThat(EngineSchema.tablesWithoutFullUnicode(connection, dialect)).contains("ACT_HI_VARINST",
                        "ACT_HI_COMMENT");
            }
        }

        flyway(null).migrate();

        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            assertThat(EngineSchema.missing(EngineSchema.PORTAL_ADDITIONS, EngineSchema.present(connection, dialect)))
                    .isEmpty();
            assertThat(EngineSchema.tablesWithoutFullUnicode(connection, dialect)).isEmpty();
            var rows = statement.executeQuery("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'kept'");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("from before");
            assertKeepsFourByteText(connection);
        }
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration")
                .javaMigrations(new V008__Create_engine_schema()).callbacks(new EngineSchemaCheck());
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void assertKeepsFourByteText(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into ACT_HI_COMMENT (ID_, TYPE_, TIME_, MESSAGE_) "
                    + "values ('four-byte', 'comment', CURRENT_TIMESTAMP, '" + WORDS + "')");
            var rows = statement.executeQuery("select MESSAGE_ from ACT_HI_COMMENT where ID_ = 'four-byte'");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(WORDS);
        }
    }

    private static IncompleteEngineSchemaException incompleteSchema(Throwable thrown) {
        assertThat(thrown).as("the start is refused").isNotNull();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof IncompleteEngineSchemaException problem) {
                return problem;
            }
        }
        throw new AssertionError("not refused for an incomplete schema", thrown);
    }
}
