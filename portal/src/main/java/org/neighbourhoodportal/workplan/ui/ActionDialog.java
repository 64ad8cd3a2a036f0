package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.CharacterLimit;
import org.neighbourhoodportal.workplan.ActionDraft;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.InvalidInputException;
import org.neighbourhoodportal.workplan.TextLimits;
import org.neighbourhoodportal.workplan.WorkplanService;

/** The INT lead adds an action or milestone under a priority, or changes one. */
class ActionDialog extends Dialog {

    /** {@code existing} null for a new action. */
    ActionDialog(WorkplanService workplan, long planId, long priorityId, ActionRow existing, Runnable saved) {
        setHeaderTitle(existing == null ? "Add an action" : "Change the action");
        setWidth("min(40rem, 96vw)");

        TextField title = new TextField("Action");
        title.setId("action-title");
        CharacterLimit.apply(title, TextLimits.ACTION_TITLE);
        title.setRequired(true);
        ComboBox<PersonOption> owner = new ComboBox<>("Owner");
        owner.setItems(workplan.people(planId));
        owner.setItemLabelGenerator(PersonOption::label);
        owner.setClearButtonVisible(true);
        owner.setHelperText("The owner can change its status and progress.");
        owner.setId("action-owner");
        DatePicker due = new DatePicker("Due");
        due.setLocale(Locale.UK);
        due.setId("action-due");
        Checkbox milestone = new Checkbox("A milestone (shown as a diamond on the timeline)");
        milestone.setId("action-milestone");
        Select<ActionStatus> status = new Select<>();
        status.setLabel("Status");
        status.setItems(List.of(ActionStatus.values()));
        status.setItemLabelGenerator(ActionStatus::label);
        status.setId("action-status");
        IntegerField percent = new IntegerField("% complete");
        percent.setMin(0);
        percent.setMax(100);
        percent.setStep(5);
        percent.setStepButtonsVisible(true);
        percent.setId("action-percent");

        if (existing == null) {
            status.setValue(ActionStatus.NOT_STARTED);
            percent.setValue(0);
        } else {
            title.setValue(existing.title());
            owner.getListDataView().getItems().filter(p -> Objects.equals(p.id(), existing.ownerId())).findFirst()
                    .ifPresent(owner::setValue);
            due.setValue(existing.dueOn());
            milestone.setValue(existing.milestone());
            status.setValue(existing.status());
            percent.setValue(existing.percentComplete());
        }

        FormLayout form = new FormLayout(title, owner, due, status, percent, milestone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(title, 2);
        form.setColspan(milestone, 2);
        add(form);

        Button save = new Button(existing == null ? "Add action" : "Save changes", e -> {
            try {
                workplan.saveAction(new ActionDraft(existing == null ? null : existing.id(), priorityId,
                        title.getValue(), owner.getValue() == null ? null : owner.getValue().id(), due.getValue(),
                        status.getValue(), percent.getValue() == null ? -1 : percent.getValue(),
                        milestone.getValue()));
                close();
                Messages.saved(existing == null ? "Action added." : "Action saved.");
                saved.run();
            } catch (InvalidInputException refused) {
                Messages.showOnFields(refused, Map.of("title", title, "ownerId", owner, "status", status,
                        "percentComplete", percent));
            } catch (NotAllowedException refused) {
                Messages.refused(refused.getMessage());
            }
        });
        save.setId("action-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
