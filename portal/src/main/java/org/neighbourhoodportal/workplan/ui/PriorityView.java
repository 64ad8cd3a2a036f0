package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neighbourhoodportal.records.StaleRecordException;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.ui.StaleRecordNotice;
import org.neighbourhoodportal.workplan.ActionDraft;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.InvalidInputException;
import org.neighbourhoodportal.workplan.LinkedRecord;
import org.neighbourhoodportal.workplan.PriorityDetails;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.RiskRow;
import org.neighbourhoodportal.workplan.TagOption;
import org.neighbourhoodportal.workplan.UpdateRow;
import org.neighbourhoodportal.workplan.WorkplanService;

/**
 * One priority: its status and why, its actions (owners keep theirs current in place), its updates, its risks and
 * issues, and the records of other features linked to it.
 */
@Route("workplan/priority/:priorityId([0-9]+)")
@PermitAll
class PriorityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkplanService workplan;
    private final CurrentUser currentUser;
    private long priorityId;
    private long me;
    private String pageTitle = "Priority";

    PriorityView(WorkplanService workplan, CurrentUser currentUser) {
        this.workplan = workplan;
        this.currentUser = currentUser;
        addClassName("portal-page");
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " | Neighbourhood Portal";
    }

    static String route(long priorityId) {
        return "workplan/priority/" + priorityId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        priorityId = RouteIds.id(event, "priorityId", "That priority does not exist.");
        me = currentUser.require().personId();
        show();
    }

    private void show() {
        PriorityDetails details = workplan.priority(priorityId);
        PriorityRow priority = details.priority();
        removeAll();
        add(new Anchor(PlanHeader.Page.PRIORITIES.route(details.plan().id()), "\u2190 " + details.plan().title()));
        add(header(details));
        add(actions(details));
        add(updates(details));
        add(risks(details));
        add(linked(details.linked()));
        pageTitle = priority.title();
    }

    private Component header(PriorityDetails details) {
        PriorityRow p = details.priority();
        Div card = new Div();
        card.addClassName("portal-card");
        card.setWidthFull();
        H2 title = new H2(p.title());
        title.setId("priority-heading");
        title.getStyle().set("margin-top", "0");
        card.add(title, Glossary.spelledOut("RAG", "PCN", "Fuller"));

        HorizontalLayout status = new HorizontalLayout();
        status.setAlignItems(FlexComponent.Alignment.BASELINE);
        RagBadge rag = new RagBadge(p.rag());
        rag.setId("priority-rag");
        status.add(rag);
        if (p.overdueActions() > 0) {
            status.add(new Badge(p.overdueActions() + " overdue " + (p.overdueActions() == 1 ? "action" : "actions"),
                    Badge.Tone.OVERDUE));
        }
        status.add(new Span(p.percentComplete() + "% complete"));
        card.add(status);
        if (p.ragReason() != null) {
            Paragraph reason = new Paragraph("Why " + p.rag().name().toLowerCase() + ": " + p.ragReason());
            reason.setId("priority-reason");
            card.add(reason);
        }
        Div facts = new Div(new Span("Led by " + (p.leadPerson() == null ? "nobody yet" : p.leadPerson())
                + (p.leadOrganisation() == null ? "" : " (" + p.leadOrganisation() + ")") + " · "
                + Formats.day(p.startsOn()) + " to " + Formats.day(p.endsOn())));
        facts.addClassName("portal-muted");
        facts.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        card.add(facts);
        if (p.whyItMatters() != null) {
            card.add(new H3("Why it matters"));
            Paragraph why = new Paragraph(p.whyItMatters());
            why.getStyle().set("white-space", "pre-wrap");
            card.add(why);
        }
        if (!p.tags().isEmpty()) {
            card.add(new H3("What it serves"));
            Map<String, List<TagOption>> byFramework = new LinkedHashMap<>();
            TagChips.inFrameworkOrder(p.tags()).forEach(t -> byFramework.computeIfAbsent(t.frameworkName(), k -> new ArrayList<>())
                    .add(t));
            byFramework.forEach((framework, tags) -> {
                Div line = new Div(new Span(framework + ": "), new TagChips(tags));
                line.addClassName("tag-line");
                card.add(line);
            });
        }

        HorizontalLayout buttons = new HorizontalLayout();
        if (details.canUpdate()) {
            Button rate = new Button("Update status", e -> new RateDialog(workplan, p, this::show).open());
            rate.setId("priority-update-status");
            rate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(rate);
        }
        if (details.canEdit()) {
            Button edit = new Button("Change the priority",
                    e -> new PriorityDialog(workplan, details.plan(), p, id -> show()).open());
            edit.setId("priority-edit");
            buttons.add(edit);
        }
        if (buttons.getComponentCount() > 0) {
            card.add(buttons);
        }
        return card;
    }

    private Component actions(PriorityDetails details) {
        VerticalLayout section = section("Actions and milestones");
        if (details.canEdit()) {
            Button add = new Button("Add action", VaadinIcon.PLUS.create(), e -> new ActionDialog(workplan,
                    details.plan().id(), priorityId, null, this::show).open());
            add.setId("add-action");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            section.add(add);
        }
        Grid<ActionRow> grid = new Grid<>();
        grid.setId("action-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(PriorityView::actionTitle).setHeader("Action").setKey("title").setFlexGrow(3);
        grid.addColumn(a -> a.ownerName() == null ? "Nobody yet" : a.ownerName()).setHeader("Owner")
                .setKey("owner").setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader("Due").setKey("due").setAutoWidth(true);
        grid.addComponentColumn(a -> status(details, a)).setHeader("Status").setKey("status").setWidth("11rem")
                .setFlexGrow(0);
        grid.addComponentColumn(a -> percent(details, a)).setHeader("% complete").setKey("percent")
                .setWidth("9rem").setFlexGrow(0);
        if (details.canEdit()) {
            grid.addComponentColumn(a -> {
                Button edit = new Button("Change", e -> new ActionDialog(workplan, details.plan().id(), priorityId,
                        a, this::show).open());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                edit.setId("edit-action-" + a.id());
                return edit;
            }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(details.actions());
        grid.setEmptyStateText("No actions yet.");
        section.add(grid);
        return section;
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
            workplan.saveAction(new ActionDraft(action.id(), action.priorityId(), action.title(), action.ownerId(),
                    action.dueOn(), status, percent, action.milestone(), action.version()));
            Messages.saved("Saved: " + action.title() + " – " + status.label().toLowerCase() + ", " + percent + "%.");
        } catch (StaleRecordException stale) {
            StaleRecordNotice.show(stale, this::show);
            return;
        } catch (InvalidInputException | NotAllowedException refused) {
            Messages.refused(refused.getMessage());
        }
        show();
    }

    private Component updates(PriorityDetails details) {
        VerticalLayout section = section("Updates");
        if (details.canUpdate()) {
            Button add = new Button("Add an update", VaadinIcon.PLUS.create(),
                    e -> new UpdateDialog(workplan, details.priority(), this::show).open());
            add.setId("add-update");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            section.add(add);
        }
        Div list = new Div();
        list.setId("priority-updates");
        list.setWidthFull();
        if (details.updates().isEmpty()) {
            list.add(new Paragraph("No updates yet."));
        }
        for (UpdateRow update : details.updates()) {
            Div entry = new Div();
            entry.addClassName("timeline-entry");
            Div when = new Div(new Span(Formats.day(update.writtenOn()) + " · " + update.author() + " · "),
                    new RagBadge(update.rag()));
            when.addClassName("when");
            Div text = new Div(update.text());
            text.addClassNames("detail", "update-text");
            entry.add(when, text);
            list.add(entry);
        }
        section.add(list);
        return section;
    }

    private Component risks(PriorityDetails details) {
        VerticalLayout section = section("Risks and issues");
        if (details.canUpdate()) {
            Button add = new Button("Add a risk or issue", VaadinIcon.PLUS.create(), e -> new RiskDialog(workplan,
                    details.plan().id(), priorityId, null, this::show).open());
            add.setId("add-risk");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            section.add(add);
        }
        Grid<RiskRow> grid = new Grid<>();
        grid.setId("risk-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.kind().label()).setHeader("Kind").setKey("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RiskRow::description).setHeader("Description").setKey("description").setFlexGrow(3);
        grid.addColumn(r -> r.likelihood() + " " + RiskDialog.LIKELIHOOD.get(r.likelihood() - 1).toLowerCase())
                .setHeader("Likelihood").setKey("likelihood").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.impact() + " " + RiskDialog.IMPACT.get(r.impact() - 1).toLowerCase())
                .setHeader("Impact").setKey("impact").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(PriorityView::score).setHeader("Score").setKey("score").setAutoWidth(true)
                .setFlexGrow(0).setTooltipGenerator(r -> "Likelihood \u00d7 impact, out of 25");
        grid.addColumn(r -> r.ownerName() == null ? "Nobody yet" : r.ownerName()).setHeader("Owner")
                .setKey("owner").setAutoWidth(true);
        grid.addColumn(r -> r.mitigation() == null ? "" : r.mitigation()).setHeader("Mitigation")
                .setKey("mitigation").setFlexGrow(3);
        grid.addColumn(r -> r.open() ? "Open" : "Closed").setHeader("Open").setKey("open").setAutoWidth(true)
                .setFlexGrow(0);
        if (details.canUpdate()) {
            grid.addComponentColumn(r -> {
                Button edit = new Button("Change", e -> new RiskDialog(workplan, details.plan().id(), priorityId, r,
                        this::show).open());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                edit.setId("edit-risk-" + r.id());
                return edit;
            }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(details.risks());
        grid.setEmptyStateText("No risks or issues recorded.");
        section.add(grid);
        return section;
    }

    /** Scores of 15 and over are serious, 8 to 12 need watching: the usual 5 × 5 matrix bands. */
    private static Component score(RiskRow risk) {
        int score = risk.score();
        Badge.Tone tone = score >= 15 ? Badge.Tone.OVERDUE : score >= 8 ? Badge.Tone.WAITING : Badge.Tone.DONE;
        return new Badge(Integer.toString(score), tone);
    }

    private Component linked(List<LinkedRecord> linked) {
        VerticalLayout section = section("Linked records");
        Div list = new Div();
        list.setId("priority-linked");
        if (linked.isEmpty()) {
            list.add(new Paragraph("Nothing is linked yet. PPG feedback the INT routes into this priority appears "
                    + "here."));
        }
        for (LinkedRecord record : linked) {
            Div line = new Div();
            line.addClassName("timeline-entry");
            line.add(record.route() == null ? new Span(record.title()) : new Anchor(record.route(), record.title()));
            Div about = new Div(record.kind() + " · " + record.status());
            about.addClassName("when");
            line.add(about);
            list.add(line);
        }
        section.add(list);
        return section;
    }

    private static VerticalLayout section(String title) {
        VerticalLayout section = new VerticalLayout(new H3(title));
        section.setPadding(false);
        section.setSpacing(false);
        section.getStyle().set("gap", "var(--lumo-space-s)");
        return section;
    }
}
