package org.neighbourhoodportal.maturity.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.neighbourhoodportal.ui.Failures;

/** How the maturity pages tell people what happened; a failure leaves the dialog open with what they typed. */
final class Told {

    private Told() {
    }

    static void saved(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void failed(RuntimeException failure) {
        Failures.Failure told = Failures.describe(failure);
        Notification.show(told.title() + ". " + told.message(), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
