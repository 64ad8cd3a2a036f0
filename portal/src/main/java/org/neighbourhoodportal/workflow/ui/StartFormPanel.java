package org.neighbourhoodportal.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.neighbourhoodportal.ui.BrowserDrafts;
import org.neighbourhoodportal.workflow.StartOutcome;
import org.neighbourhoodportal.workflow.TaskForm;

/**
 * A start form (sending feedback, asking PPGs for a view…) with its send button: the feature's service validates
 * and saves; on success the person lands on the new record, otherwise each problem is marked on its field. A failure
 * (the database down, …) is told by the portal's error handler and leaves the form as it was.
 */
public class StartFormPanel extends VerticalLayout {

    private final FormRenderer renderer;
    private final String formKey;
    private String draftKey;

    public StartFormPanel(TaskForm form, String buttonId, String buttonText, String sentMessage,
                          Function<Map<String, Object>, StartOutcome> send, LongFunction<String> recordRoute) {
        setPadding(false);
        renderer = new FormRenderer(form.definition(), form.options(), form.values());
        formKey = form.definition().key();
        Div card = new Div(renderer);
        card.addClassName("portal-card");
        card.setWidthFull();
        Button button = new Button(buttonText, e -> {
            StartOutcome outcome = send.apply(renderer.values());
            if (outcome.isSaved()) {
                if (draftKey != null) {
                    BrowserDrafts.clear(draftKey);
                }
                Notification.show(sentMessage, 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(recordRoute.apply(outcome.recordId())));
            } else {
                renderer.showErrors(outcome.errors());
                Notification.show("Please check the highlighted answers.", 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        button.setId(buttonId);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(card, button);
    }

    /** Keeps what this person types in their browser until it is sent (see {@link BrowserDrafts}). */
    public StartFormPanel keepingDraftFor(long personId) {
        draftKey = BrowserDrafts.key(personId, "start:" + formKey);
        renderer.keepDraft(draftKey);
        return this;
    }
}
