package org.neighbourhoodportal.workplan.excel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application, as {@link PortalTest}, in an application context of the Excel tests' own: they add plans and
 * change the demo plan, and no other test should see that.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
@TestPropertySource(properties = ExcelTest.OWN_CONTEXT)
public @interface ExcelTest {

    String OWN_CONTEXT = "portal.test.context=excel";
}
