package org.neighbourhoodportal.workflow;

import java.sql.Connection;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.neighbourhoodportal.workflow.EngineSchema.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the process engine's tables with the engine's own scripts, or adopts the tables an earlier version of the
 * portal let the engine create (see docs/adr/0003). Flyway runs it once, before the engine starts.
 *
 * <ul>
 *   <li>No {@code ACT_*} table yet: runs every create script of the engine version on the classpath, for H2 or for
 *       MariaDB (the engine's MySQL scripts, with {@code utf8mb4} in place of {@code utf8}).</li>
 *   <li>The engine's tables are there (created by the engine itself with {@code schema-update: true}): keeps them.
 *       {@link EngineSchemaCheck} has already refused to go on if any part is missing.</li>
 * </ul>
 * On MariaDB it then converts any table that cannot hold four-byte characters to {@code utf8mb4_bin}, the engine's
 * and the portal's alike, and makes that the database's default.
 *
 * <p>Later engine versions come as later Java migrations that run the engine's upgrade scripts through
 * {@link EngineSchema#run} (docs/operations.md, "Upgrading the engine"). A Spring bean, so Flyway finds it through
 * Spring Boot rather than by scanning a package.
 */
@Component
public class V008__Create_engine_schema extends BaseJavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(V008__Create_engine_schema.class);

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Dialect dialect = Dialect.of(connection);
        EngineSchema.Present present = EngineSchema.present(connection, dialect);
        if (present.hasEngineTables()) {
            List<EngineSchema.DbObject> missing = EngineSchema.missing(EngineSchema.expected(dialect), present);
            if (!missing.isEmpty()) {
                throw EngineSchemaCheck.incomplete(missing, EngineSchema.expected(dialect).size(), dialect);
            }
            LOG.info("Keeping the process engine's tables created earlier by the engine itself (version {})",
                    EngineSchema.version(connection));
        } else {
            for (String component : EngineSchema.COMPONENTS) {
                EngineSchema.run(connection, dialect, EngineSchema.createScript(dialect, component));
            }
            LOG.info("Created the process engine's tables (version {})", EngineSchema.version(connection));
        }
        List<String> converted = EngineSchema.convertToFullUnicode(connection, dialect);
        if (!converted.isEmpty()) {
            LOG.info("Converted {} tables to utf8mb4, so they hold every character people type: {}",
                    converted.size(), converted);
        }
    }
}
