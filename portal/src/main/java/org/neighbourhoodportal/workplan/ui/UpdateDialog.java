package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.CharacterLimit;
import org.neighbourhoodportal.workplan.InvalidInputException;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.TextLimits;
import org.neighbourhoodportal.workplan.ProgressService;

/** A dated note on a priority that keeps its status. */
class UpdateDialog extends Dialog {

    UpdateDialog(ProgressService progressService, PriorityRow priority, Runnable saved) {
        setHeaderTitle("Add an update");
        setWidth("36rem");
        TextArea text = new TextArea("What has happened");
        text.setHelperText("Dated today and signed with your name. The status stays " + priority.rag().describe()
                + "; use \u201cUpdate status\u201d to change it.");
        text.setId("update-text");
        CharacterLimit.apply(text, TextLimits.UPDATE);
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setRequired(true);
        add(text);
        Button save = new Button("Add update", e -> {
            try {
                progressService.addUpdate(priority.id(), text.getValue());
                close();
                Messages.saved("Update added.");
                saved.run();
            } catch (InvalidInputException refused) {
                Messages.showOnFields(refused, Map.of("update", text));
            } catch (NotAllowedException refused) {
                Messages.refused(refused.getMessage());
            }
        });
        save.setId("update-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
