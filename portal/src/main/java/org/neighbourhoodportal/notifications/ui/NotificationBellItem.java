package org.neighbourhoodportal.notifications.ui;

import com.vaadin.flow.component.Component;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.notifications.NotificationService;
import org.neighbourhoodportal.ui.HeaderItem;
import org.springframework.core.annotation.Order;

/** Puts the {@link NotificationBell} in the header of everyone signed in. */
@org.springframework.stereotype.Component
@Order(100)
class NotificationBellItem implements HeaderItem {

    private final NotificationService notifications;

    NotificationBellItem(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create(AccessProfile me) {
        return new NotificationBell(notifications);
    }
}
