package org.neighbourhoodportal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database the database-backed tests run on: H2 in memory by default, or a real MariaDB when the build asks for
 * it with {@code -Dportal.test.database=mariadb} (the {@code mariadb-suite} execution in {@code portal/pom.xml}).
 * One source of tests, two databases. Each {@link #fresh} database is new and empty; {@link #close} drops it.
 *
 * <p>The MariaDB server is 127.0.0.1:3306, user root with no password, unless PORTAL_IT_DB_HOST, PORTAL_IT_DB_PORT,
 * PORTAL_IT_DB_USER or PORTAL_IT_DB_PASSWORD say otherwise.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String PROPERTY = "portal.test.database";

    /** The JUnit tag of the tests that run on both databases. */
    public static final String TAG = "database";

    static final String HOST = env("PORTAL_IT_DB_HOST", "127.0.0.1");
    static final String PORT = env("PORTAL_IT_DB_PORT", "3306");
    static final String USER = env("PORTAL_IT_DB_USER", "root");
    static final String PASSWORD = env("PORTAL_IT_DB_PASSWORD", "");
    static final String SKIPPED = "MariaDB suite SKIPPED: no MariaDB at " + HOST + ":" + PORT;

    private static volatile Optional<String> unreachable;

    private final String name;
    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String name, String url, String user, String password) {
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Whether this run is on MariaDB rather than H2. */
    public static boolean mariaDb() {
        return "mariadb".equalsIgnoreCase(System.getProperty(PROPERTY, "h2").trim());
    }

    /** A new, empty database: MariaDB with utf8mb4_bin as the README creates it, or a private H2 in memory. */
    public static TestDatabase fresh() {
        if (!mariaDb()) {
            String name = "test-" + UUID.randomUUID();
            return new TestDatabase(name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        String name = "portal_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        runOnServer("create database " + name + " character set utf8mb4 collate utf8mb4_bin");
        // nullDatabaseMeansCurrent: otherwise the engine sees Camunda tables of other databases on the server
        return new TestDatabase(name, "jdbc:mariadb://" + HOST + ":" + PORT + "/" + name
                + "?nullDatabaseMeansCurrent=true&useBulkStmts=false", USER, PASSWORD);
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public DataSource dataSource() {
        return new DriverManagerDataSource(url, user, password);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Drops the database (MariaDB) or lets it go (H2). */
    @Override
    public void close() {
        if (mariaDb()) {
            runOnServer("drop database if exists " + name);
        } else {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("shutdown");
            } catch (SQLException e) {
                // already gone
            }
        }
    }

    /** Why MariaDB cannot be reached, or empty when it answers. Asked once per test run. */
    static Optional<String> unreachable() {
        if (unreachable == null) {
            try {
                runOnServer("select 1");
                unreachable = Optional.empty();
            } catch (IllegalStateException e) {
                unreachable = Optional.of(e.getMessage());
            }
        }
        return unreachable;
    }

    private static void runOnServer(String sql) {
        String server = "jdbc:mariadb://" + HOST + ":" + PORT + "/?connectTimeout=3000&socketTimeout=60000";
        try (Connection connection = DriverManager.getConnection(server, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
