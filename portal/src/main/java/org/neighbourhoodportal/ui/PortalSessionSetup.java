package org.neighbourhoodportal.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Sets up every Vaadin session the same way: the portal's own error handler (Vaadin's default only logs, so a failed
 * button would look like nothing happened), plain words when a session has ended, and the pages' language.
 */
@Component
class PortalSessionSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        PortalErrorHandler handler = new PortalErrorHandler();
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(handler));
        event.getSource().setSystemMessagesProvider(info -> sessionMessages());
        // the page's language, so screen readers pronounce it as British English (WCAG 3.1.1)
        event.addIndexHtmlRequestListener(response -> response.getDocument().select("html")
                .attr("lang", LANGUAGE));
    }

    /** The language every page is written in. */
    static final String LANGUAGE = "en-GB";

    /**
     * When the session has ended (a laptop that slept, a server that restarted) the page says so and reloads to the
     * sign-in page; the person comes back to the same page afterwards, and task forms restore what was typed.
     */
    static CustomizedSystemMessages sessionMessages() {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption("You have been signed out");
        messages.setSessionExpiredMessage("Click here or press Esc to sign in again: you will come back to this page. "
                + "What you were typing in a task or feedback form is kept on this computer and filled in again.");
        // Vaadin's own words for a request that arrives with no cookie at all
        messages.setCookiesDisabledCaption("Your browser is not keeping the portal's cookie");
        messages.setCookiesDisabledMessage("The portal needs one cookie to keep you signed in. Allow cookies for this "
                + "site in your browser's settings, then click here or press Esc to try again. What you were typing "
                + "is kept on this computer.");
        return messages;
    }
}
