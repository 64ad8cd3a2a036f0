package org.neighbourhoodportal.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The process engine's tables as its own SQL scripts define them, and what a database actually holds. Flyway runs
 * the scripts ({@link V008__Create_engine_schema}) and the portal checks the result at every start
 * ({@link EngineSchemaCheck}), so the engine never runs on a schema that is missing part of itself.
 *
 * <p>The scripts ship in the engine's jar ({@code org/camunda/bpm/engine/db/create/} for a new schema,
 * {@code .../upgrade/} between versions). Moving to Operaton changes {@link #SCRIPTS} and the file prefix, nothing
 * else. On MariaDB the scripts are run with the character set changed from {@code utf8} (three bytes, no emoji) to
 * {@code utf8mb4}; every index of the engine stays below InnoDB's 3,072-byte key limit with four bytes a character
 * (the longest, {@code ACT_IDX_VARIABLE_TASK_NAME_TYPE}, is 2,302 bytes).
 */
final class EngineSchema {

    static final String SCRIPTS = "org/camunda/bpm/engine/db/";

    /** The engine's table groups, in the order the engine creates them itself. */
    static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    /** What the portal adds to the engine's tables; each comes from a Flyway migration (here V009). */
    static final List<DbObject> PORTAL_ADDITIONS = List.of(new DbObject("index", "NP_IDX_TASK_PARENT_TASK",
            "ACT_RU_TASK", "create index NP_IDX_TASK_PARENT_TASK on ACT_RU_TASK (PARENT_TASK_ID_)"));

    private static final Pattern CREATE_TABLE = Pattern.compile("(?is)^create\\s+table\\s+(\\w+).*");
    private static final Pattern CREATE_INDEX = Pattern.compile("(?is)^create\\s+(?:unique\\s+)?index\\s+(\\w+)\\s+on\\s+(\\w+).*");
    private static final Pattern ADD_CONSTRAINT = Pattern.compile("(?is)^alter\\s+table\\s+(\\w+)\\s+add\\s+constraint\\s+(\\w+).*");
    private static final String THREE_BYTE_CHARSET = "DEFAULT CHARSET=utf8 COLLATE utf8_bin";
    private static final String FULL_UNICODE_CHARSET = "DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_bin";

    /** The engine's name for the kind of database: {@code h2} or {@code mysql} (which serves MariaDB). */
    enum Dialect {
        H2("h2"), MYSQL("mysql");

        final String scriptName;

        Dialect(String scriptName) {
            this.scriptName = scriptName;
        }

        static Dialect of(Connection connection) throws SQLException {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return H2;
            }
            if (product.contains("mariadb") || product.contains("mysql")) {
                return MYSQL;
            }
            throw new IllegalStateException("The portal runs on H2 or MariaDB, not on " + product + ".");
        }
    }

    /** One object a script creates: a table, an index or a named constraint, and the statement that creates it. */
    record DbObject(String kind, String name, String table, String statement) {
        @Override
        public String toString() {
            return kind.equals("table") ? "table " + name : kind + " " + name + " on " + table;
        }
    }

    private EngineSchema() {
    }

    /** The statements of one of the engine's scripts, e.g. {@code create/activiti.mysql.create.history.sql}. */
    static List<String> statements(Dialect dialect, String script) {
        String path = SCRIPTS + script;
        try (InputStream in = EngineSchema.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The engine's script " + path + " is not on the classpath.");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : text.split("\\R")) {
                String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("--") || trimmed.startsWith("#")) {
                    continue;
                }
                current.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    String statement = current.toString().trim();
                    statements.add(forDialect(dialect, statement.substring(0, statement.length() - 1).trim()));
                    current.setLength(0);
                }
            }
            if (!current.toString().isBlank()) {
                statements.add(forDialect(dialect, current.toString().trim()));
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The create script of one component, e.g. {@code create/activiti.h2.create.engine.sql}. */
    static String createScript(Dialect dialect, String component) {
        return "create/activiti." + dialect.scriptName + ".create." + component + ".sql";
    }

    /** An upgrade script, e.g. {@code upgrade/mysql_engine_7.24_to_7.25.sql}. */
    static String upgradeScript(Dialect dialect, String from, String to) {
        return "upgrade/" + dialect.scriptName + "_engine_" + from + "_to_" + to + ".sql";
    }

    private static String forDialect(Dialect dialect, String statement) {
        return dialect == Dialect.MYSQL ? statement.replace(THREE_BYTE_CHARSET, FULL_UNICODE_CHARSET) : statement;
    }

    /** Runs one of the engine's scripts statement by statement. */
    static void run(Connection connection, Dialect dialect, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(dialect, script)) {
                statement.execute(sql);
            }
        }
    }

    /** Every table, index and named constraint the engine's create scripts make, in script order. */
    static List<DbObject> expected(Dialect dialect) {
        List<DbObject> objects = new ArrayList<>();
        for (String component : COMPONENTS) {
            for (String statement : statements(dialect, createScript(dialect, component))) {
                Matcher m;
                if ((m = CREATE_TABLE.matcher(statement)).matches()) {
                    objects.add(new DbObject("table", upper(m.group(1)), upper(m.group(1)), statement));
                } else if ((m = CREATE_INDEX.matcher(statement)).matches()) {
                    objects.add(new DbObject("index", upper(m.group(1)), upper(m.group(2)), statement));
                } else if ((m = ADD_CONSTRAINT.matcher(statement)).matches()) {
                    objects.add(new DbObject("constraint", upper(m.group(2)), upper(m.group(1)), statement));
                }
            }
        }
        return objects;
    }

    /** What the current schema of this connection holds: upper-case names of tables, indexes and constraints. */
    record Present(Set<String> tables, Set<String> indexes, Set<String> constraints) {

        boolean has(DbObject object) {
            return switch (object.kind()) {
                case "table" -> tables.contains(object.name());
                case "index" -> indexes.contains(object.name());
                default -> constraints.contains(object.name());
            };
        }

        boolean hasEngineTables() {
            return tables.stream().anyMatch(t -> t.startsWith("ACT_"));
        }
    }

    static Present present(Connection connection, Dialect dialect) throws SQLException {
        String schema = schema(connection, dialect);
        Set<String> tables = names(connection, "select table_name from information_schema.tables "
                + "where table_schema = ?", schema);
        Set<String> indexes = names(connection, dialect == Dialect.H2
                ? "select index_name from information_schema.indexes where table_schema = ?"
                : "select index_name from information_schema.statistics where table_schema = ?", schema);
        Set<String> constraints = names(connection, "select constraint_name from information_schema.table_constraints "
                + "where table_schema = ?", schema);
        return new Present(tables, indexes, constraints);
    }

    /** The objects in {@code expected} that the database lacks. */
    static List<DbObject> missing(List<DbObject> expected, Present present) {
        return expected.stream().filter(o -> !present.has(o)).toList();
    }

    /**
     * MariaDB only: the tables of this schema with text columns that cannot hold four-byte characters (emoji),
     * i.e. in a character set other than {@code utf8mb4}. Empty on H2, whose text is always full Unicode.
     */
    static Set<String> tablesWithoutFullUnicode(Connection connection, Dialect dialect) throws SQLException {
        if (dialect != Dialect.MYSQL) {
            return Set.of();
        }
        // names as the server spells them: MariaDB's table names are case-sensitive on Linux
        Set<String> tables = new java.util.TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement("select distinct table_name "
                + "from information_schema.columns where table_schema = ? and character_set_name is not null "
                + "and character_set_name <> 'utf8mb4'")) {
            statement.setString(1, schema(connection, dialect));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    /**
     * MariaDB only: converts every table of this schema whose text is not {@code utf8mb4} to
     * {@code utf8mb4_bin}, and makes that the database's default for tables created later.
     */
    static List<String> convertToFullUnicode(Connection connection, Dialect dialect) throws SQLException {
        if (dialect != Dialect.MYSQL) {
            return List.of();
        }
        List<String> converted = new ArrayList<>();
        Set<String> tables = tablesWithoutFullUnicode(connection, dialect);
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter database character set utf8mb4 collate utf8mb4_bin");
            if (tables.isEmpty()) {
                return converted;
            }
            // MariaDB will not change the character set of a column a foreign key joins, even with the key checks
            // off: take those keys off, convert, and put them back exactly as they were
            List<String[]> keys = foreignKeysTouching(connection, tables);
            for (String[] key : keys) {
                statement.execute("alter table `" + key[1] + "` drop foreign key `" + key[0] + "`");
            }
            for (String table : tables) {
                statement.execute("alter table `" + table + "` convert to character set utf8mb4 collate utf8mb4_bin");
                converted.add(table);
            }
            for (String[] key : keys) {
                statement.execute("alter table `" + key[1] + "` add constraint `" + key[0] + "` foreign key ("
                        + key[2] + ") references `" + key[3] + "` (" + key[4] + ") on delete " + key[5]
                        + " on update " + key[6]);
            }
        }
        return converted;
    }

    /** MariaDB: the foreign keys from or to these tables: name, table, columns, referenced table and columns, rules. */
    private static List<String[]> foreignKeysTouching(Connection connection, Set<String> tables) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select rc.constraint_name, rc.table_name, "
                + "group_concat(concat('`', k.column_name, '`') order by k.ordinal_position), rc.referenced_table_name, "
                + "group_concat(concat('`', k.referenced_column_name, '`') order by k.ordinal_position), "
                + "rc.delete_rule, rc.update_rule "
                + "from information_schema.referential_constraints rc join information_schema.key_column_usage k "
                + "on k.constraint_schema = rc.constraint_schema and k.constraint_name = rc.constraint_name "
                + "and k.table_name = rc.table_name where rc.constraint_schema = database() "
                + "group by rc.constraint_name, rc.table_name, rc.referenced_table_name, rc.delete_rule, rc.update_rule")) {
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String[] key = new String[7];
                    for (int i = 0; i < 7; i++) {
                        key[i] = rows.getString(i + 1);
                    }
                    if (tables.contains(key[1]) || tables.contains(key[3])) {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }

    /** The version the engine's tables were created or last upgraded to, from {@code ACT_GE_SCHEMA_LOG}. */
    static String version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select VERSION_ from ACT_GE_SCHEMA_LOG")) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions.stream().max(EngineSchema::compareVersions).orElse("unknown");
        }
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** The missing objects grouped by table, for a message a person can read. */
    static String describe(List<DbObject> missing, int limit) {
        Map<String, List<DbObject>> byTable = new LinkedHashMap<>();
        missing.forEach(o -> byTable.computeIfAbsent(o.table(), t -> new ArrayList<>()).add(o));
        List<String> lines = new ArrayList<>();
        byTable.forEach((table, objects) -> lines.add("  " + table + ": " + objects.stream()
                .map(o -> o.kind().equals("table") ? "the table itself" : o.kind() + " " + o.name())
                .collect(Collectors.joining(", "))));
        if (lines.size() > limit) {
            int more = lines.size() - limit;
            List<String> shown = new ArrayList<>(lines.subList(0, limit));
            shown.add("  … and " + more + " more tables");
            return String.join("\n", shown);
        }
        return String.join("\n", lines);
    }

    private static String schema(Connection connection, Dialect dialect) throws SQLException {
        return dialect == Dialect.H2 ? connection.getSchema() : connection.getCatalog();
    }

    private static Set<String> names(Connection connection, String sql, String schema) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(upper(rows.getString(1)));
                }
            }
        }
        return names;
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
