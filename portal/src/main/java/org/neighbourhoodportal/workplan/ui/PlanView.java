package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.GridCards;
import org.neighbourhoodportal.ui.GridRows;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workplan.BaselineSummary;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityFilter;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.TagGroup;
import org.neighbourhoodportal.workplan.TagOption;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.ProgressService;
import org.neighbourhoodportal.workplan.PriorityService;

/**
 * The work plan: its priorities with who leads them, when, their status and what they serve, narrowed by status,
 * lead, tag or overdue. A priority's lead updates its status here; the INT lead adds priorities and takes baselines.
 */
@Route("workplan/:planId([0-9]+)")
@PageTitle("Work plan | Neighbourhood Portal")
@PermitAll
class PlanView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final WorkplanService workplan;
    private final PriorityService priorityService;
    private final ProgressService progressService;
    private final CurrentUser currentUser;
    // made afresh on each entry: the router reuses this view when only the plan id changes
    private Grid<PriorityRow> grid;
    private Select<Rag> rag;
    private Select<PersonOption> lead;
    private Select<TagOption> tag;
    private Checkbox overdue;
    private Span shown;
    private Div baselineNote;
    private PlanSummary plan;
    private boolean canEdit;
    private long me;

    PlanView(WorkplanService workplan, PriorityService priorityService, ProgressService progressService,
             CurrentUser currentUser) {
        this.workplan = workplan;
        this.priorityService = priorityService;
        this.progressService = progressService;
        this.currentUser = currentUser;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = RouteIds.id(event, "planId", "That work plan does not exist.");
        plan = workplan.plan(planId);
        me = currentUser.require().personId();
        canEdit = workplan.canEditPlan(planId);
        removeAll();
        grid = new Grid<>();
        rag = new Select<>();
        lead = new Select<>();
        tag = new Select<>();
        overdue = new Checkbox("Overdue only");
        shown = new Span();
        baselineNote = new Div();
        add(new PlanHeader(plan, PlanHeader.Page.PRIORITIES));
        baselineNote.addClassName("portal-muted");
        baselineNote.setId("baseline-note");
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.getStyle().set("flex-wrap", "wrap");
        if (canEdit) {
            Button addPriority = new Button("Add priority", VaadinIcon.PLUS.create(),
                    e -> new PriorityDialog(workplan, priorityService, plan, null, id -> refresh()).open());
            addPriority.setId("add-priority");
            addPriority.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button baseline = new Button("Take a baseline", VaadinIcon.CAMERA.create(),
                    e -> new BaselineDialog(workplan, progressService, plan.id(), this::refresh).open());
            baseline.setId("take-baseline");
            toolbar.add(addPriority, baseline);
        }
        toolbar.add(baselineNote);
        add(toolbar);
        add(filters());
        add(grid());
        refresh();
    }

    private HorizontalLayout filters() {
        List<PriorityRow> all = priorityService.priorities(plan.id(), PriorityFilter.all());
        rag.setLabel("Status");
        rag.setItems(List.of(Rag.values()));
        rag.setItemLabelGenerator(r -> r == null ? "All" : r.describe());
        rag.setEmptySelectionAllowed(true);
        rag.setEmptySelectionCaption("All");
        rag.setId("filter-rag");

        Set<Long> leads = all.stream().map(PriorityRow::leadPersonId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        lead.setLabel("Lead");
        lead.setItems(workplan.people(plan.id()).stream().filter(p -> leads.contains(p.id())).toList());
        lead.setItemLabelGenerator(p -> p == null ? "Anyone" : p.name());
        lead.setEmptySelectionAllowed(true);
        lead.setEmptySelectionCaption("Anyone");
        lead.setId("filter-lead");

        tag.setLabel("Serves");
        List<TagGroup> groups = workplan.tagGroups(plan.id());
        tag.setItems(groups.stream().flatMap(g -> g.items().stream()).toList());
        tag.setItemLabelGenerator(t -> t == null ? "Anything" : t.title());
        tag.setEmptySelectionAllowed(true);
        tag.setEmptySelectionCaption("Anything");
        tag.setId("filter-tag");
        tag.setWidth("20rem");
        // Select has no groups of its own: a heading before each framework's first item stands in for one.
        for (TagGroup group : groups) {
            if (!group.items().isEmpty()) {
                Span heading = new Span(group.name());
                heading.addClassName("select-group-heading");
                tag.prependComponents(group.items().get(0), heading);
            }
        }

        overdue.setId("filter-overdue");
        rag.addValueChangeListener(e -> refresh());
        lead.addValueChangeListener(e -> refresh());
        tag.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        shown.setId("priorities-shown");
        shown.addClassName("portal-muted");

        HorizontalLayout filters = new HorizontalLayout(rag, lead, tag, overdue, shown);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    private Grid<PriorityRow> grid() {
        grid.setId("priority-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(PlanView::title).setHeader("Priority").setKey("title").setFlexGrow(3)
                .setWidth("10rem");
        grid.addComponentColumn(PlanView::lead).setHeader("Lead").setKey("lead").setFlexGrow(2).setWidth("8.5rem");
        grid.addComponentColumn(PlanView::dates).setHeader("When").setKey("dates").setWidth("7rem")
                .setFlexGrow(0).setTooltipGenerator(r -> Formats.day(r.startsOn()) + " to " + Formats.day(r.endsOn()));
        grid.addComponentColumn(r -> new RagBadge(r.rag())).setHeader("Status").setKey("rag").setWidth("10rem")
                .setFlexGrow(0).setTooltipGenerator(r -> r.ragReason() == null ? r.rag().describe()
                        : r.rag().describe() + ": " + r.ragReason());
        grid.addComponentColumn(r -> new TagChips(r.tags())).setHeader("Serves").setKey("tags").setFlexGrow(2)
                .setWidth("9.5rem").setTooltipGenerator(r -> TagChips.describe(r.tags()));
        grid.addComponentColumn(this::progress).setHeader("Progress").setKey("progress").setWidth("8rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::update).setHeader("").setKey("update").setWidth("6.5rem").setFlexGrow(0);
        GridCards.onPhones(grid, r -> GridCards.card(title(r), new RagBadge(r.rag()), lead(r), progress(r)));
        GridRows.openWith(grid, this::open);
        grid.setEmptyStateText("No priorities match.");
        return grid;
    }

    private void refresh() {
        List<PriorityRow> rows = priorityService.priorities(plan.id(), new PriorityFilter(rag.getValue(),
                lead.getValue() == null ? null : lead.getValue().id(),
                tag.getValue() == null ? null : tag.getValue().id(), overdue.getValue()));
        grid.setItems(rows);
        int total = priorityService.priorities(plan.id(), PriorityFilter.all()).size();
        shown.setText(rows.size() == total ? total + (total == 1 ? " priority" : " priorities")
                : rows.size() + " of " + total + " priorities");
        List<BaselineSummary> baselines = progressService.baselines(plan.id());
        baselineNote.setText(baselines.isEmpty() ? "No baseline taken yet."
                : "Last baseline: " + baselines.get(0).name() + " (taken " + Formats.day(baselines.get(0).takenAt())
                + " by " + baselines.get(0).takenBy() + ").");
    }

    private void open(PriorityRow row) {
        getUI().ifPresent(ui -> ui.navigate(PriorityView.route(row.id())));
    }

    /**
     * Plain text, not a link: the whole row opens the priority (a click, or Enter), and a small link inside a
     * wrapping cell is a target too small to hit (WCAG 2.5.8) and one more Tab stop per row.
     */
    private static Component title(PriorityRow row) {
        Span title = new Span(row.title());
        title.addClassName("priority-link");
        return title;
    }

    private static Component lead(PriorityRow row) {
        Div person = new Div(row.leadPerson() == null ? "No lead yet" : row.leadPerson());
        Div organisation = new Div(row.leadOrganisation() == null ? "" : row.leadOrganisation());
        organisation.addClassName("portal-muted");
        return new Div(person, organisation);
    }

    /** Months here, to keep the grid narrow; the exact days are in the tooltip and on the priority's page. */
    private static Component dates(PriorityRow row) {
        Div cell = new Div(new Div(MONTH.format(row.startsOn()) + " \u2013"), new Div(MONTH.format(row.endsOn())));
        cell.addClassName("dates-cell");
        return cell;
    }

    /** How far its actions are, and whether any are overdue or the priority is past its end. */
    private Component progress(PriorityRow row) {
        Div cell = new Div(new Span((row.actions() == 1 ? "1 action" : row.actions() + " actions") + " · "
                + row.percentComplete() + "% done"));
        cell.addClassName("progress-cell");
        ProgressBar bar = new ProgressBar(0, 100, row.percentComplete());
        bar.getElement().setAttribute("aria-label", row.percentComplete() + "% complete");
        cell.add(bar);
        if (row.overdueActions() > 0) {
            cell.add(new Badge(row.overdueActions() + " overdue", Badge.Tone.OVERDUE));
        } else if (row.isOverdue(workplan.today())) {
            cell.add(new Badge("Past its end date", Badge.Tone.OVERDUE));
        }
        return cell;
    }

    /** Only for those the service lets update it: the INT's leads and the priority's own lead. */
    private Component update(PriorityRow row) {
        if (!canEdit && !Objects.equals(row.leadPersonId(), me)) {
            return new Span();
        }
        Button update = new Button("Update",
                e -> new RateDialog(priorityService, progressService, row, this::refresh).open());
        update.setId("update-" + row.id());
        update.addThemeVariants(ButtonVariant.LUMO_SMALL);
        update.getElement().setAttribute("aria-label", "Update the status of " + row.title());
        // the row opens the priority's page; the button opens the dialog only
        update.getElement().addEventListener("click", ignore -> { }).addEventData("event.stopPropagation()");
        return update;
    }
}
