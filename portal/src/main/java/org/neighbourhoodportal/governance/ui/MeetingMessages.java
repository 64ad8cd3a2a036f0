package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.neighbourhoodportal.ui.Failures;

/** How the meeting pages tell people what happened: the portal's own reasons as they are, anything else plainly. */
final class MeetingMessages {

    private MeetingMessages() {
    }

    static String of(RuntimeException failure) {
        return Failures.describe(failure).message();
    }

    static void saved(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
