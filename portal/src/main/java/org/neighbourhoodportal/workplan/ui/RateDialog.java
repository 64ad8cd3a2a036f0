package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.records.StaleRecordException;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.CharacterLimit;
import org.neighbourhoodportal.ui.StaleRecordNotice;
import org.neighbourhoodportal.workplan.InvalidInputException;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.TextLimits;
import org.neighbourhoodportal.workplan.ProgressService;
import org.neighbourhoodportal.workplan.PriorityService;

/** A priority's lead (or the INT lead) sets its status, says why, and adds an update, without leaving the page. */
class RateDialog extends Dialog {

    /** The priority as the dialog was opened or last reloaded with. */
    private PriorityRow current;

    RateDialog(PriorityService priorityService, ProgressService progressService, PriorityRow priority, Runnable saved) {
        this.current = priority;
        setHeaderTitle("Update: " + priority.title());
        setWidth("36rem");

        Select<Rag> rag = new Select<>();
        rag.setLabel("Status");
        rag.setItems(List.of(Rag.values()));
        rag.setItemLabelGenerator(Rag::describe);
        rag.setValue(priority.rag());
        rag.setId("rate-rag");
        rag.setWidthFull();

        TextArea reason = new TextArea("Reason for the status");
        reason.setHelperText("Needed for amber and red: what is in the way, and what help would fix it.");
        reason.setValue(priority.ragReason() == null ? "" : priority.ragReason());
        reason.setId("rate-reason");
        CharacterLimit.apply(reason, TextLimits.RAG_REASON);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(needsReason(priority.rag()));
        rag.addValueChangeListener(e -> reason.setRequiredIndicatorVisible(needsReason(e.getValue())));

        TextArea update = new TextArea("What has happened since the last update");
        update.setHelperText("Optional. Dated today and shown in the priority's updates, newest first.");
        update.setId("rate-update");
        CharacterLimit.apply(update, TextLimits.UPDATE);
        update.setWidthFull();
        update.setMinHeight("6em");

        VerticalLayout body = new VerticalLayout(new Paragraph("Led by " + (priority.leadPerson() == null
                ? "nobody yet" : priority.leadPerson())), rag, reason, update);
        body.setPadding(false);
        add(body);

        Button save = new Button("Save update", e -> {
            try {
                progressService.rate(current.id(), current.version(), rag.getValue(), reason.getValue(),
                        update.getValue());
                close();
                Messages.saved("Saved. The update is on the priority's page.");
                saved.run();
            } catch (InvalidInputException refused) {
                Messages.showOnFields(refused, Map.of("rag", rag, "ragReason", reason, "update", update));
            } catch (StaleRecordException stale) {
                StaleRecordNotice.show(stale, () -> {
                    // the status and its reason as they are now; what happened since is the person's own words
                    try {
                        current = priorityService.priority(current.id()).priority();
                        rag.setInvalid(false);
                        reason.setInvalid(false);
                        rag.setValue(current.rag());
                        reason.setValue(current.ragReason() == null ? "" : current.ragReason());
                    } catch (NotAllowedException gone) {
                        close();
                        Messages.refused(gone.getMessage());
                    }
                });
            } catch (NotAllowedException refused) {
                Messages.refused(refused.getMessage());
            }
        });
        save.setId("rate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
    }

    static boolean needsReason(Rag rag) {
        return rag == Rag.AMBER || rag == Rag.RED;
    }
}
