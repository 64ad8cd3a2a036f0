package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one error handler of the portal's UI (installed on every session by {@link PortalSessionSetup}): whatever a
 * button, dialog or field throws that its view did not handle, the person is told in plain English
 * ({@link Failures}), in a notification over the page. The page itself is left exactly as it was, so a form keeps
 * what the person typed and they can try again. Nothing technical is shown; unexpected failures are logged with a
 * reference the person can quote.
 */
class PortalErrorHandler implements ErrorHandler {

    static final String NOTIFICATION_ID = "portal-failure";

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable thrown = event.getThrowable();
        Failures.Failure failure = Failures.describe(thrown);
        switch (failure.kind()) {
            case UNEXPECTED -> log.error("Unexpected failure shown to the person as reference {}", failure.reference(),
                    thrown);
            case DATABASE_UNAVAILABLE -> log.warn("The database did not answer: {}", thrown.toString());
            default -> log.info("Refused and told the person: {}", thrown.toString());
        }
        if (UI.getCurrent() != null) {
            tell(failure.message());
        }
    }

    /** Shows a failure over the current page; nothing on the page changes. */
    static void tell(String message) {
        Notification notification = new Notification(message, 10_000, Notification.Position.MIDDLE);
        notification.setId(NOTIFICATION_ID);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }
}
