package org.neighbourhoodportal.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import org.neighbourhoodportal.notifications.NotificationService;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The bell in the header: a link to the person's notifications with the number unread. Counts again after every
 * navigation (one statement) and when a page marks notifications read.
 */
class NotificationBell extends RouterLink implements AfterNavigationObserver {

    private final NotificationService notifications;
    private final Span count = new Span();
    private Registration changes;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setRoute(NotificationsView.class);
        setId("notification-bell");
        add(VaadinIcon.BELL_O.create(), count);
        getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)")
                .set("padding", "var(--lumo-space-xs)");
        count.setId("notification-count");
        count.getStyle().set("min-width", "1.4em").set("text-align", "center").set("border-radius", "1em")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600")
                .set("background", "var(--lumo-error-color)").set("color", "var(--lumo-error-contrast-color)")
                .set("padding", "0 0.35em");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        super.afterNavigation(event); // the link's own highlighting
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        changes = ComponentUtil.addListener(event.getUI(), UnreadChanged.class, e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (changes != null) {
            changes.remove();
        }
    }

    void refresh() {
        long unread;
        try {
            unread = notifications.unreadCount();
        } catch (DataAccessException | TransactionException databaseAway) {
            // the page itself says the database cannot be reached; the bell stays a plain link rather than break it
            count.setVisible(false);
            getElement().setAttribute("aria-label", "Notifications");
            getElement().setAttribute("title", "Notifications");
            return;
        }
        count.setText(unread > 99 ? "99+" : Long.toString(unread));
        count.setVisible(unread > 0);
        String words = unread == 0 ? "Notifications, none unread"
                : "Notifications, " + unread + " unread";
        getElement().setAttribute("aria-label", words);
        getElement().setAttribute("title", words);
    }
}
