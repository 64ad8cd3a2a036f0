package org.neighbourhoodportal.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.neighbourhoodportal.workflow.EngineSchema.DbObject;
import org.neighbourhoodportal.workflow.EngineSchema.Dialect;
import org.springframework.stereotype.Component;

/**
 * Checks the engine's tables each time the portal starts, around Flyway's migration, so the engine never runs on a
 * half-made schema (a first start killed while the tables were being made once left 62 indexes missing, and the
 * engine said nothing).
 *
 * <ul>
 *   <li>Before migrating: if any {@code ACT_*} table exists, everything the engine's create scripts make must exist.
 *       Checked before {@link V008__Create_engine_schema} runs, so a refused start leaves no failed migration
 *       behind in Flyway's history.</li>
 *   <li>After migrating: everything the engine's scripts make and the portal's own additions
 *       ({@link EngineSchema#PORTAL_ADDITIONS}) exist, and on MariaDB every table holds four-byte characters.</li>
 * </ul>
 * Anything else stops the start with an {@link IncompleteEngineSchemaException} that names what is missing and
 * what to do. A Spring bean, which Spring Boot hands to Flyway.
 */
@Component
public class EngineSchemaCheck implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection connection = context.getConnection();
            Dialect dialect = Dialect.of(connection);
            EngineSchema.Present present = EngineSchema.present(connection, dialect);
            List<DbObject> expected = new ArrayList<>(EngineSchema.expected(dialect));
            if (event == Event.BEFORE_MIGRATE) {
                if (present.hasEngineTables()) {
                    requireComplete(expected, present, dialect);
                }
                return;
            }
            if (!migratedTo(context, "8")) {
                return; // told to stop before the engine's tables (flyway target), as a test does
            }
            if (migratedTo(context, "9")) {
                expected.addAll(EngineSchema.PORTAL_ADDITIONS);
            }
            requireComplete(expected, present, dialect);
            Set<String> narrow = EngineSchema.tablesWithoutFullUnicode(connection, dialect);
            if (!narrow.isEmpty()) {
                throw new IncompleteEngineSchemaException(
                        "These tables cannot store emoji or other four-byte characters (their character set is "
                                + "not utf8mb4): " + String.join(", ", narrow) + ". What people type there would "
                                + "be refused by the database.",
                        narrow.stream().map(t -> "utf8mb4 on " + t).toList(),
                        "Stop every node, back up the database, convert the tables, then start again:\n"
                                + narrow.stream().map(t -> "  alter table `" + t
                                        + "` convert to character set utf8mb4 collate utf8mb4_bin;")
                                .collect(Collectors.joining("\n"))
                                + "\nSee docs/operations.md, \"The engine's tables\".");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read which tables the database holds: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "engineSchemaCheck";
    }

    private static boolean migratedTo(Context context, String version) {
        MigrationVersion target = context.getConfiguration().getTarget();
        return target == null || target.compareTo(MigrationVersion.fromVersion(version)) >= 0;
    }

    private static void requireComplete(List<DbObject> expected, EngineSchema.Present present, Dialect dialect) {
        List<DbObject> missing = EngineSchema.missing(expected, present);
        if (!missing.isEmpty()) {
            throw incomplete(missing, expected.size(), dialect);
        }
    }

    static IncompleteEngineSchemaException incomplete(List<DbObject> missing, int expected, Dialect dialect) {
        String problem = "The process engine's tables in this database are incomplete: " + missing.size() + " of the "
                + expected + " tables, indexes and constraints they need are missing:\n"
                + EngineSchema.describe(missing, 15) + "\n"
                + "The portal will not start on them: the engine would run without parts it relies on. This "
                + "usually means an earlier first start was stopped while the tables were being created.";
        String fresh = dialect == Dialect.H2
                ? "stop the portal, delete the database files (portal.mv.db in the data directory, ./data by default)"
                : "stop the portal, drop the database and create it again empty (README, \"Run on MariaDB\")";
        String whatToDo = "If nothing has been done in the portal yet (a first start that was interrupted): " + fresh
                + ", and start the portal again; it creates every table at once.\n"
                + "Otherwise stop every node, back up the database, create what is missing with these statements "
                + "from the engine's own scripts, and start again:\n"
                + missing.stream().map(o -> "  " + o.statement().replace("\n", " ").replaceAll("\\s+", " ") + ";")
                .collect(Collectors.joining("\n"))
                + "\nSee docs/operations.md, \"The engine's tables\".";
        return new IncompleteEngineSchemaException(problem, missing.stream().map(DbObject::toString).toList(),
                whatToDo);
    }
}
