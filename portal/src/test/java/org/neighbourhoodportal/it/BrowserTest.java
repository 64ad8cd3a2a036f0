package org.neighbourhoodportal.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A class of the real-browser suite: the whole application on a random port (H2, the demo people and data) serving
 * the views' production bundle, as in a deployment, so no frontend tooling runs here. Every such class has the same
 * set-up, so they all share one application. Drive the browser with a {@link BrowserSuite} field:
 * {@code @RegisterExtension static final BrowserSuite browser = new BrowserSuite();}
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Chromium.class) // first: no browser, no application started
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        // failsafe runs against target/classes, from which the build removes Vaadin's token file: say it here
        "vaadin.productionMode=true"})
@ActiveProfiles({"test", "demo"})
public @interface BrowserTest {
}
