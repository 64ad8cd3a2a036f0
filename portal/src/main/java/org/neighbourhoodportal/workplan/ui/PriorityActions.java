package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import java.util.List;
import java.util.Objects;
import org.neighbourhoodportal.records.StaleRecordException;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.StaleRecordNotice;
import org.neighbourhoodportal.workplan.ActionDraft;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.InvalidInputException;
import org.neighbourhoodportal.workplan.PriorityDetails;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.ActionRiskService;

/**
 * A priority's actions and milestones. The action's owner and the INT's leads change its status and progress in
 * place; the INT's leads add and change actions in a dialog.
 */
class PriorityActions extends PrioritySection {

    private final WorkplanService workplan;
    private final ActionRiskService actionRiskService;
    private final long me;
    private final Runnable reload;

    PriorityActions(PriorityDetails details, long priorityId, long me, WorkplanService workplan,
                    PriorityService priorityService, ActionRiskService actionRiskService, Runnable reload) {
        super("Actions and milestones");
        this.workplan = workplan;
        this.actionRiskService = actionRiskService;
        this.me = me;
        this.reload = reload;
        if (details.canEdit()) {
            Button add = new Button("Add action", VaadinIcon.PLUS.create(), e -> new ActionDialog(workplan,
                    priorityService, actionRiskService, details.plan().id(), priorityId, null, reload).open());
            add.setId("add-action");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(add);
        }
        Grid<ActionRow> grid = new Grid<>();
        grid.setId("action-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(PriorityActions::actionTitle).setHeader("Action").setKey("title").setFlexGrow(3);
        grid.addColumn(a -> a.ownerName() == null ? "Nobody yet" : a.ownerName()).setHeader("Owner")
                .setKey("owner").setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader("Due").setKey("due").setAutoWidth(true);
        grid.addComponentColumn(a -> status(details, a)).setHeader("Status").setKey("status").setWidth("11rem")
                .setFlexGrow(0);
        grid.addComponentColumn(a -> percent(details, a)).setHeader("% complete").setKey("percent")
                .setWidth("9rem").setFlexGrow(0);
        if (details.canEdit()) {
            grid.addComponentColumn(a -> {
                Button edit = new Button("Change", e -> new ActionDialog(workplan, priorityService,
                        actionRiskService, details.plan().id(), priorityId, a, reload).open());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                edit.setId("edit-action-" + a.id());
                return edit;
            }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(details.actions());
        grid.setEmptyStateText("No actions yet.");
        add(grid);
    }


    private static Component actionTitle(ActionRow action) {
        Div title = new Div(action.title());
        if (action.milestone()) {
            Span milestone = new Span("\u25C6 Milestone");
            milestone.addClassName("milestone-mark");
            return new Div(title, milestone);
        }
        return title;
    }

    private Component due(ActionRow action) {
        if (action.dueOn() == null) {
            return new Span("No date");
        }
        if (action.isOverdue(workplan.today())) {
            return new Badge("Overdue – " + Formats.day(action.dueOn()), Badge.Tone.OVERDUE);
        }
        return new Span(Formats.day(action.dueOn()));
    }

    /** The action's owner and the INT's leads may change its status and progress; the service checks it again. */
    private boolean mayProgress(PriorityDetails details, ActionRow action) {
        return details.canEdit() || Objects.equals(action.ownerId(), me);
    }

    private Component status(PriorityDetails details, ActionRow action) {
        if (!mayProgress(details, action)) {
            return new Badge(action.status().label(), action.status().isFinished() ? Badge.Tone.DONE
                    : action.status() == ActionStatus.BLOCKED ? Badge.Tone.OVERDUE : Badge.Tone.NEUTRAL);
        }
        Select<ActionStatus> status = new Select<>();
        status.setItems(List.of(ActionStatus.values()));
        status.setItemLabelGenerator(ActionStatus::label);
        status.setValue(action.status());
        status.addThemeVariants(SelectVariant.LUMO_SMALL);
        status.setWidthFull();
        status.setId("action-status-" + action.id());
        status.setAriaLabel("Status of " + action.title());
        status.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                // done means done: progress follows, so the plan's percentage does not lag behind
                int percent = e.getValue() == ActionStatus.DONE ? 100 : action.percentComplete();
                progress(action, e.getValue(), percent);
            }
        });
        return status;
    }

    private Component percent(PriorityDetails details, ActionRow action) {
        if (!mayProgress(details, action)) {
            return new Span(action.percentComplete() + "%");
        }
        IntegerField percent = new IntegerField();
        percent.setMin(0);
        percent.setMax(100);
        percent.setStep(10);
        percent.setStepButtonsVisible(true);
        percent.setValue(action.percentComplete());
        percent.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        percent.setWidthFull();
        percent.setId("action-percent-" + action.id());
        percent.setAriaLabel("Percent complete of " + action.title());
        percent.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                progress(action, action.status(), e.getValue());
            }
        });
        return percent;
    }

    private void progress(ActionRow action, ActionStatus status, int percent) {
        try {
            actionRiskService.saveAction(new ActionDraft(action.id(), action.priorityId(), action.title(),
                    action.ownerId(), action.dueOn(), status, percent, action.milestone(), action.version()));
            Messages.saved("Saved: " + action.title() + " – " + status.label().toLowerCase() + ", " + percent + "%.");
        } catch (StaleRecordException stale) {
            StaleRecordNotice.show(stale, reload);
            return;
        } catch (InvalidInputException | NotAllowedException refused) {
            Messages.refused(refused.getMessage());
        }
        reload.run();
    }
}
