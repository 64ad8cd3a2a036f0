package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.workplan.InvalidInputException;

/** How the work plan's pages tell people what happened: a short note when saved, the service's reasons on fields. */
final class Messages {

    private Messages() {
    }

    static void saved(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void refused(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Marks each field the service refused with its reason and clears the others; a reason with no field on the
     * form is shown as a note instead, so nothing is lost.
     */
    static void showOnFields(InvalidInputException refused, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        List<String> elsewhere = new ArrayList<>();
        for (FieldError error : refused.errors()) {
            HasValidation field = fields.get(error.key());
            if (field == null) {
                elsewhere.add(error.label() + ": " + error.message());
            } else {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
        }
        refused(elsewhere.isEmpty() ? "Please check the highlighted answers." : String.join(" ", elsewhere));
    }
}
