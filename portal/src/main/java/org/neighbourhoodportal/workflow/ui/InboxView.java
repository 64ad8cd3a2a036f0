package org.neighbourhoodportal.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;

/** The task inbox: what I have picked up, and what is waiting for my teams. */
@Route("tasks")
@PageTitle("My tasks | Neighbourhood Portal")
@PermitAll
class InboxView extends VerticalLayout {

    private final WorkflowService workflow;
    private final Grid<WorkItem> grid = new Grid<>();
    private final Tab mine;
    private final Tab teams;

    InboxView(WorkflowService workflow) {
        this.workflow = workflow;
        addClassName("portal-page");
        setHeightFull();
        add(new H2("My tasks"));
        mine = new Tab("Picked up by me (" + workflow.countMyTasks() + ")");
        mine.setId("tab-mine");
        teams = new Tab("Waiting for my teams (" + workflow.countTeamTasks() + ")");
        teams.setId("tab-teams");
        Tabs tabs = new Tabs(teams, mine);
        tabs.addSelectedChangeListener(e -> refresh());
        add(tabs);

        grid.setId("task-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(InboxView::what).setHeader("What needs doing").setFlexGrow(3);
        grid.addComponentColumn(this::due).setHeader("Due").setAutoWidth(true);
        grid.addColumn(t -> t.assigneeName() == null ? "Nobody yet" : t.assigneeName())
                .setHeader("Picked up by").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText("Nothing here – you are up to date.");
        add(grid);
        refresh();
    }

    private void refresh() {
        boolean showMine = mine.isSelected();
        grid.setItems(query -> (showMine
                ? workflow.myTasks(query.getOffset(), query.getLimit())
                : workflow.teamTasks(query.getOffset(), query.getLimit())).stream(),
                query -> (int) (showMine ? workflow.countMyTasks() : workflow.countTeamTasks()));
    }

    private static Div what(WorkItem task) {
        Div name = new Div(task.name());
        name.getStyle().set("font-weight", "600");
        Div subject = new Div(task.subject());
        subject.addClassName("portal-muted");
        return new Div(name, subject);
    }

    private Span due(WorkItem task) {
        Instant now = workflow.now();
        if (task.due() == null) {
            return new Span("");
        }
        if (task.isOverdue(now)) {
            return new Badge("Overdue " + Formats.day(task.due()), Badge.Tone.OVERDUE);
        }
        return new Badge(Formats.day(task.due()), Badge.Tone.WAITING);
    }

    private Button actions(WorkItem task) {
        if (task.assigneeId() == null) {
            Button claim = new Button("Pick up", e -> {
                try {
                    workflow.claim(task.id());
                    open(task);
                } catch (NotAllowedException ex) {
                    Notification.show(ex.getMessage());
                    refresh();
                }
            });
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return claim;
        }
        Button open = new Button("Open", e -> open(task));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return open;
    }

    private void open(WorkItem task) {
        getUI().ifPresent(ui -> ui.navigate("tasks/" + task.id()));
    }
}
