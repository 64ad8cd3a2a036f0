package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.HasValidation;
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
import org.neighbourhoodportal.records.StaleRecordException;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.CharacterLimit;
import org.neighbourhoodportal.ui.StaleRecordNotice;
import org.neighbourhoodportal.workplan.ActionDraft;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.InvalidInputException;
import org.neighbourhoodportal.workplan.TextLimits;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.ActionRiskService;

/** The INT lead adds an action or milestone under a priority, or changes one. */
class ActionDialog extends Dialog {

    private final TextField title = new TextField("Action");
    private final ComboBox<PersonOption> owner = new ComboBox<>("Owner");
    private final DatePicker due = new DatePicker("Due");
    private final Checkbox milestone = new Checkbox("A milestone (shown as a diamond on the timeline)");
    private final Select<ActionStatus> status = new Select<>();
    private final IntegerField percent = new IntegerField("% complete");
    /** The action as the dialog was opened or last reloaded with; null for a new one. */
    private ActionRow current;

    /** {@code existing} null for a new action. */
    ActionDialog(WorkplanService workplan, PriorityService priorityService, ActionRiskService actionRiskService,
                 long planId, long priorityId, ActionRow existing, Runnable saved) {
        this.current = existing;
        setHeaderTitle(existing == null ? "Add an action" : "Change the action");
        setWidth("min(40rem, 96vw)");

        title.setId("action-title");
        CharacterLimit.apply(title, TextLimits.ACTION_TITLE);
        title.setRequired(true);
        owner.setItems(workplan.people(planId));
        owner.setItemLabelGenerator(PersonOption::label);
        owner.setClearButtonVisible(true);
        owner.setHelperText("The owner can change its status and progress.");
        owner.setId("action-owner");
        due.setLocale(Locale.UK);
        due.setId("action-due");
        milestone.setId("action-milestone");
        status.setLabel("Status");
        status.setItems(List.of(ActionStatus.values()));
        status.setItemLabelGenerator(ActionStatus::label);
        status.setId("action-status");
        percent.setMin(0);
        percent.setMax(100);
        percent.setStep(5);
        percent.setStepButtonsVisible(true);
        percent.setId("action-percent");

        if (existing == null) {
            status.setValue(ActionStatus.NOT_STARTED);
            percent.setValue(0);
        } else {
            fill(existing);
        }

        FormLayout form = new FormLayout(title, owner, due, status, percent, milestone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(title, 2);
        form.setColspan(milestone, 2);
        add(form);

        Button save = new Button(existing == null ? "Add action" : "Save changes", e -> {
            try {
                actionRiskService.saveAction(new ActionDraft(current == null ? null : current.id(), priorityId,
                        title.getValue(), owner.getValue() == null ? null : owner.getValue().id(), due.getValue(),
                        status.getValue(), percent.getValue() == null ? -1 : percent.getValue(),
                        milestone.getValue(), current == null ? null : current.version()));
                close();
                Messages.saved(existing == null ? "Action added." : "Action saved.");
                saved.run();
            } catch (InvalidInputException refused) {
                Messages.showOnFields(refused, Map.of("title", title, "ownerId", owner, "status", status,
                        "percentComplete", percent));
            } catch (StaleRecordException stale) {
                StaleRecordNotice.show(stale, () -> reload(priorityService, priorityId));
            } catch (NotAllowedException refused) {
                Messages.refused(refused.getMessage());
            }
        });
        save.setId("action-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void fill(ActionRow action) {
        title.setValue(action.title());
        owner.setValue(null);
        owner.getListDataView().getItems().filter(p -> Objects.equals(p.id(), action.ownerId())).findFirst()
                .ifPresent(owner::setValue);
        due.setValue(action.dueOn());
        milestone.setValue(action.milestone());
        status.setValue(action.status());
        percent.setValue(action.percentComplete());
    }

    /** Puts the action as it is now, with its new version, into every field. */
    private void reload(PriorityService priorityService, long priorityId) {
        try {
            long id = current.id();
            current = priorityService.priority(priorityId).actions().stream().filter(a -> a.id() == id).findFirst()
                    .orElseThrow(() -> new NotAllowedException("That action does not exist any more."));
            List.<HasValidation>of(title, owner, due, status, percent).forEach(f -> f.setInvalid(false));
            fill(current);
        } catch (NotAllowedException gone) {
            close();
            Messages.refused(gone.getMessage());
        }
    }
}
