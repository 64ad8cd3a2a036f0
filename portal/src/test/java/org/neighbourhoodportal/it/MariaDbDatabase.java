package org.neighbourhoodportal.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, empty database on a real MariaDB server for one test class: created before the Spring context starts
 * (so Flyway and the engine build every table themselves), dropped after the class. Declare it before
 * {@code @SpringBootTest} and mark the class {@code @DirtiesContext}, so the context is closed before the drop.
 *
 * <p>The server is 127.0.0.1:3306, user root with no password, unless PORTAL_IT_DB_HOST, PORTAL_IT_DB_PORT,
 * PORTAL_IT_DB_USER or PORTAL_IT_DB_PASSWORD say otherwise. No server: the class is skipped with a printed line,
 * or fails when {@code portal.require.full.suite=true}.
 */
public final class MariaDbDatabase implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

    static final String HOST = env("PORTAL_IT_DB_HOST", "127.0.0.1");
    static final String PORT = env("PORTAL_IT_DB_PORT", "3306");
    static final String USER = env("PORTAL_IT_DB_USER", "root");
    static final String PASSWORD = env("PORTAL_IT_DB_PASSWORD", "");

    private static final String SKIPPED = "MariaDB suite SKIPPED: no MariaDB at " + HOST + ":" + PORT;

    private static volatile String name;
    private static volatile Optional<String> unreachable;

    /** The database of the running class. */
    public static String name() {
        if (name == null) {
            throw new IllegalStateException("No MariaDB test database: is @ExtendWith(MariaDbDatabase.class) "
                    + "declared before @SpringBootTest?");
        }
        return name;
    }

    public static String jdbcUrl() {
        // nullDatabaseMeansCurrent: otherwise the engine sees Camunda tables of other databases on the server
        return "jdbc:mariadb://" + HOST + ":" + PORT + "/" + name() + "?nullDatabaseMeansCurrent=true";
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> problem = unreachable();
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled("MariaDB answers at " + HOST + ":" + PORT);
        }
        if (FullSuite.required()) {
            // enabled, so that beforeAll fails the class loudly instead of it being skipped
            return ConditionEvaluationResult.enabled("MariaDB is required");
        }
        return ConditionEvaluationResult.disabled(FullSuite.skipOrFail(SKIPPED, problem.get()));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        unreachable().ifPresent(problem -> FullSuite.skipOrFail(SKIPPED, problem));
        String created = "portal_it_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        run("create database " + created + " character set utf8mb4 collate utf8mb4_bin");
        name = created;
        System.out.println("MariaDB suite: created database " + created + " on " + HOST + ":" + PORT);
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        String dropping = name;
        name = null;
        if (dropping != null) {
            run("drop database if exists " + dropping);
            System.out.println("MariaDB suite: dropped database " + dropping);
        }
    }

    private static Optional<String> unreachable() {
        if (unreachable == null) {
            try {
                run("select 1");
                unreachable = Optional.empty();
            } catch (SQLException e) {
                unreachable = Optional.of(e.getMessage());
            }
        }
        return unreachable;
    }

    private static void run(String sql) throws SQLException {
        String server = "jdbc:mariadb://" + HOST + ":" + PORT + "/?connectTimeout=3000&socketTimeout=60000";
        try (Connection connection = DriverManager.getConnection(server, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
