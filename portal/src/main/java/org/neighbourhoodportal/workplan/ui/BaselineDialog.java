package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.workplan.BaselineSummary;
import org.neighbourhoodportal.workplan.InvalidInputException;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.ProgressService;

/** The INT lead snapshots the plan, e.g. as the board agreed it, so later pages can show what has moved. */
class BaselineDialog extends Dialog {

    BaselineDialog(WorkplanService workplan, ProgressService progressService, long planId, Runnable saved) {
        setHeaderTitle("Take a baseline");
        setWidth("32rem");
        add(new Paragraph("A baseline keeps today's dates and statuses of every priority and action. The timeline "
                + "can then show what has slipped since."));
        TextField name = new TextField("Name");
        name.setValue("INT board, " + workplan.today().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)));
        name.setHelperText("Say when or why, for example the board meeting that agreed the plan.");
        name.setId("baseline-name");
        name.setWidthFull();
        add(name);
        Button save = new Button("Take baseline", e -> {
            try {
                BaselineSummary taken = progressService.takeBaseline(planId, name.getValue());
                close();
                Messages.saved("Baseline \u201c" + taken.name() + "\u201d taken.");
                saved.run();
            } catch (InvalidInputException refused) {
                Messages.showOnFields(refused, Map.of("name", name));
            } catch (NotAllowedException refused) {
                Messages.refused(refused.getMessage());
            }
        });
        save.setId("baseline-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
