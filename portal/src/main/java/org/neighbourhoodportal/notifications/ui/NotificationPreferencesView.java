package org.neighbourhoodportal.notifications.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.neighbourhoodportal.notifications.Delivery;
import org.neighbourhoodportal.notifications.NotificationService;
import org.neighbourhoodportal.notifications.Preference;

/** Each person chooses, per kind of notification, e-mail straight away, one e-mail a day, or the portal only. */
@Route("notifications/preferences")
@PageTitle("How you are told | Neighbourhood Portal")
@PermitAll
class NotificationPreferencesView extends VerticalLayout {

    NotificationPreferencesView(NotificationService notifications) {
        addClassName("portal-page");
        add(new H2("How you are told"));
        add(new Paragraph("Everything shows under the bell at the top of the page. Choose which things also reach you "
                + "by e-mail, straight away or gathered into one e-mail a day."));
        for (Preference preference : notifications.preferences()) {
            RadioButtonGroup<Delivery> choice = new RadioButtonGroup<>(preference.kind().label());
            choice.setId("preference-" + preference.kind().name().toLowerCase(Locale.UK).replace('_', '-'));
            choice.setItems(Delivery.values());
            choice.setItemLabelGenerator(Delivery::label);
            choice.setValue(preference.delivery());
            choice.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    notifications.choose(preference.kind(), e.getValue());
                    Notification.show("Saved: " + preference.kind().label().toLowerCase(Locale.UK) + " – "
                            + e.getValue().label().toLowerCase(Locale.UK) + ".");
                }
            });
            add(choice);
        }
    }
}
