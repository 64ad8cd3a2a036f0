package org.neighbourhoodportal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application with the demo INTs as the fixture, on a private database: in-memory H2 in every build, and
 * the same tests again on a real MariaDB in the {@code mariadb-suite} run ({@link TestDatabase}, tag
 * {@value TestDatabase#TAG}); a statement counter on its DataSource ({@link StatementCounter}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(TestDatabase.TAG)
@ExtendWith(OnTestDatabase.class)
@SpringBootTest
@ActiveProfiles(resolver = PortalTestProfiles.class)
@Import(StatementCounter.class)
public @interface PortalTest {
}
