package org.neighbourhoodportal.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.neighbourhoodportal.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Vaadin views in the real application context, without a browser (Karibu-Testing). */
@PortalTest
public abstract class ViewTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired protected ApplicationContext context;
    @Autowired protected TestSignIn signIn;
    @Autowired protected LoopDriver loop;

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        signIn.out();
    }

    /**
     * Karibu's own discovery skips package-private views, and ours are package-private by design, so the routes are
     * found the way Spring finds them.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("org.neighbourhoodportal");
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.neighbourhoodportal")) {
            try {
                routes.getRoutes().add((Class<? extends Component>) Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    /** A fresh browser tab: the next navigation draws the layout and the view from scratch. Signs nobody in. */
    protected void newTab() {
        MockVaadin.tearDown();
        startVaadin();
    }

    protected void navigate(String route) {
        UI.getCurrent().navigate(route);
    }
}
