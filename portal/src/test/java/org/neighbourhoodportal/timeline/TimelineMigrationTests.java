package org.neighbourhoodportal.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neighbourhoodportal.support.OnTestDatabase;
import org.neighbourhoodportal.support.TestDatabase;
import org.neighbourhoodportal.workflow.EngineSchemaCheck;
import org.neighbourhoodportal.workflow.V008__Create_engine_schema;

/**
 * Old records keep their history: feedback written before the shared timeline (V016) has the same lines after it, in
 * the same order and visibility, with the engine's steps credited by name. On H2 in every build, and on MariaDB in the
 * MariaDB run ({@link TestDatabase}).
 */
@Tag(TestDatabase.TAG)
@ExtendWith(OnTestDatabase.class)
class TimelineMigrationTests {

    private TestDatabase database;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabase.fresh();
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void feedback_history_from_before_the_shared_timeline_is_copied_with_its_words_visibility_and_credit() throws Exception {
        flyway("13").migrate();
        execute("insert into icb (id, name) values (1, 'LLR ICB')");
        execute("insert into neighbourhood_team (id, icb_id, name) values (1, 1, 'Harborough INT')");
        execute("insert into organisation (id, name, sector) values (1, 'Market Harborough Medical Centre', 'GP')");
        execute("insert into ppg (id, team_id, practice_id, name) values (1, 1, 1, 'MHMC PPG')");
        execute("insert into person (id, email, display_name, password_hash, enabled, demo_account) values "
                + "(1, 'ppg@example.org', 'Margaret Ellis', 'x', true, false), "
                + "(2, 'lead@example.org', 'Helen Carter', 'x', true, false)");
        execute("insert into feedback_item (id, team_id, ppg_id, submitted_by, theme, summary, patients_said, may_contact,"
                + " status, escalated, submitted_at, acknowledge_due, version) values (7, 1, 1, 1, 'appointments',"
                + " 'Phones', 'Patients said 👍', false, 'RESPONDED', false, '2026-10-01 09:00:00',"
                + " '2026-10-06 09:00:00', 0)");
        execute("insert into feedback_event (feedback_id, occurred_at, actor_id, actor_name, kind, detail, visible_to_ppg)"
                + " values (7, '2026-10-01 09:00:00', 1, 'Margaret Ellis', 'SUBMITTED', null, true),"
                + " (7, '2026-10-02 10:00:00', 2, 'Helen Carter', 'ROUTED', 'Answer directly\ninternal 😀', false),"
                + " (7, '2026-10-03 11:00:00', null, 'The portal', 'RESPONSE_PUBLISHED', 'We changed it.', true)");

        flyway("16").migrate();

        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select record_kind, record_id, actor_id, actor_name, kind, what,"
                     + " detail, visibility from timeline_entry order by occurred_at, id")) {
            while (rs.next()) {
                rows.add(String.join("|", rs.getString(1), rs.getString(2), String.valueOf(rs.getObject(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), String.valueOf(rs.getString(7)),
                        rs.getString(8)));
            }
        }
        assertThat(rows).containsExactly(
                "feedback|7|1|Margaret Ellis|SUBMITTED|Feedback submitted|null|EVERYONE",
                "feedback|7|2|Helen Carter|ROUTED|Routed|Answer directly\ninternal 😀|INTERNAL",
                "feedback|7|null|Sending the response to the PPG|RESPONSE_PUBLISHED|Response sent to the PPG"
                        + "|We changed it.|EVERYONE");
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration")
                .javaMigrations(new V008__Create_engine_schema()).callbacks(new EngineSchemaCheck())
                .target(target).load();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
