package org.neighbourhoodportal.administration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.neighbourhoodportal.directory.DirectoryInputException;
import org.neighbourhoodportal.ui.Failures;

/**
 * What the directory's forms share: a dialog with a form, Save and Cancel; a refusal marks its field in plain
 * English and the dialog stays open with what was typed; any other failure is told as {@link Failures} tells it.
 */
final class AdminForms {

    private AdminForms() {
    }

    /** Saves something; a {@link DirectoryInputException} names the field it is about. */
    @FunctionalInterface
    interface Save {
        void run();
    }

    /**
     * Opens a dialog with these fields (by the names the service uses for them). Save runs {@code save}; on success
     * the dialog closes and {@code done} runs.
     */
    static Dialog open(String title, Map<String, Component> fields, Save save, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        fields.forEach((key, field) -> {
            if (field.getId().isEmpty()) {
                field.setId("admin-" + key);
            }
            form.add(field);
        });
        dialog.add(form);
        Button saveButton = new Button("Save", e -> {
            fields.values().forEach(f -> {
                if (f instanceof HasValidation v) {
                    v.setInvalid(false);
                }
            });
            if (run(save, fields)) {
                dialog.close();
                done.run();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId("admin-save");
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.getFooter().add(cancel, saveButton);
        dialog.setWidth("min(40rem, 100vw)");
        dialog.open();
        return dialog;
    }

    /** Runs an action; tells the person what went wrong, marking the field when one is named. */
    static boolean run(Save action, Map<String, Component> fields) {
        try {
            action.run();
            return true;
        } catch (DirectoryInputException refused) {
            Component field = fields.get(refused.field());
            if (field instanceof HasValidation v) {
                v.setErrorMessage(refused.getMessage());
                v.setInvalid(true);
            } else {
                tell(refused.getMessage());
            }
            return false;
        } catch (RuntimeException e) {
            tell(Failures.describe(e).message());
            return false;
        }
    }

    static void tell(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }

    static void done(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
