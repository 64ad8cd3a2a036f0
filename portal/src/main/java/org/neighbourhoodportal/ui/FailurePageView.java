package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open (the database down, a fault on our side), instead of Vaadin's page with the exception's
 * text: plain words from {@link Failures} inside the normal page with its menu.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class FailurePageView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(FailurePageView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Throwable thrown = parameter.getCaughtException();
        Failures.Failure failure = Failures.describe(thrown);
        if (failure.kind() == Failures.Kind.UNEXPECTED) {
            log.error("Page {} failed to open; shown to the person as reference {}", event.getLocation().getPath(),
                    failure.reference(), thrown);
        } else {
            log.warn("Page {} failed to open: {}", event.getLocation().getPath(), thrown.toString());
        }
        removeAll();
        addClassName("portal-page");
        setId("page-failed");
        add(new H2(failure.kind() == Failures.Kind.DATABASE_UNAVAILABLE ? "The portal cannot reach its database"
                : "This page could not be opened"));
        add(new Paragraph(switch (failure.kind()) {
            case DATABASE_UNAVAILABLE -> "Nothing is lost. Please try again in a minute.";
            case SOMEONE_ELSE -> "Someone else was changing this at the same moment. Please try again.";
            case EXPLAINED -> failure.message();
            case UNEXPECTED -> "Something went wrong on our side. Please try again. If it happens again, tell your "
                    + "administrator and quote reference " + failure.reference() + ".";
        }));
        add(new Anchor(event.getLocation().getPathWithQueryParameters(), "Try again"),
                new Anchor("", "Back to your home page"));
        return failure.kind() == Failures.Kind.DATABASE_UNAVAILABLE ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
