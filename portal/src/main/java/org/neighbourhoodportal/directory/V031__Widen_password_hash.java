package org.neighbourhoodportal.directory;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Room for PBKDF2 hashes (124 characters with their {@code {pbkdf2@SpringSecurity_v5_8}} prefix), which new
 * passwords get because bcrypt ignores or refuses everything past 72 bytes and passphrases may be longer
 * (docs/adr/0009). A Java migration because H2 and MariaDB spell "change a column's type" differently. A Spring
 * bean, so Flyway finds it through Spring Boot, like V008.
 */
@Component
public class V031__Widen_password_hash extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean h2 = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(h2
                    ? "alter table person alter column password_hash set data type varchar(255)"
                    : "alter table person modify password_hash varchar(255) not null");
        }
    }
}
