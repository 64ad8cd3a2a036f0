package org.neighbourhoodportal.reporting;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application with a clock the test moves from month to month. Its own application context, so the
 * updates these tests write into the demo work plans never reach other classes' fixtures.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
@Import(MovableClock.Configuration.class)
public @interface ReportingTest {
}
