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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.GridCards;
import org.neighbourhoodportal.ui.GridRows;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;

/**
 * The task inbox: what I have picked up, and what is waiting for my teams. A PPG's representative sees "Waiting for
 * me": their PPG's tasks are theirs to open, not a queue to pick up from.
 */
@Route("tasks")
@PageTitle("My tasks | Neighbourhood Portal")
@PermitAll
class InboxView extends VerticalLayout {

    private final WorkflowService workflow;
    private final Grid<WorkItem> grid = new Grid<>();
    private final Tab mine;
    private final Tab teams;
    /** For each row position the grid has read up to, the task just before it: where the next page starts. */
    private final Map<Integer, WorkItem> pageEnds = new HashMap<>();

    InboxView(WorkflowService workflow, CurrentUser currentUser) {
        this.workflow = workflow;
        addClassName("portal-page");
        setHeightFull();
        add(new H2("My tasks"));
        AccessProfile me = currentUser.require();
        // a PPG's representative has their own tasks, not a team's queue to pick from: the words fit the person
        boolean teamWork = !me.teamsInView().isEmpty() || me.administrator();
        long picked = workflow.countMyTasks();
        mine = new Tab("Picked up by me (" + picked + ")");
        mine.setId("tab-mine");
        teams = new Tab((teamWork ? "Waiting for my teams (" : "Waiting for me (") + workflow.countTeamTasks() + ")");
        teams.setId("tab-teams");
        mine.setVisible(teamWork || picked > 0);
        add(Glossary.spelledOut("INT", "PPG"));
        Tabs tabs = new Tabs(teams, mine);
        tabs.addSelectedChangeListener(e -> refresh());
        add(tabs);

        grid.setId("task-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(InboxView::what).setHeader("What needs doing").setFlexGrow(3);
        grid.addComponentColumn(this::due).setHeader("Due").setAutoWidth(true);
        grid.addColumn(t -> t.assigneeName() == null ? "Nobody yet" : t.assigneeName())
                .setHeader("Picked up by").setAutoWidth(true).setVisible(teamWork);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true);
        GridCards.onPhones(grid, t -> GridCards.card(what(t), due(t), actions(t)));
        GridRows.openWith(grid, this::open);
        grid.setEmptyStateText("Nothing here – you are up to date.");
        add(grid);
        refresh();
    }

    private void refresh() {
        boolean showMine = mine.isSelected();
        pageEnds.clear();
        // No row count: the grid reads on while pages come back full, and every page after the first starts after
        // the last task of the page before (keyset), so tasks finished meanwhile by others shift nothing.
        grid.setItems(query -> page(showMine, query.getOffset(), query.getLimit()).stream());
    }

    private List<WorkItem> page(boolean showMine, int offset, int limit) {
        WorkItem after = pageEnds.get(offset);
        List<WorkItem> page;
        if (offset == 0 || after != null) {
            page = showMine ? workflow.myTasksAfter(after, limit) : workflow.teamTasksAfter(after, limit);
        } else {
            // a jump past rows the grid never read: nothing to page after, so fall back to the position
            page = showMine ? workflow.myTasks(offset, limit) : workflow.teamTasks(offset, limit);
        }
        if (!page.isEmpty()) {
            pageEnds.put(offset + page.size(), page.get(page.size() - 1));
        }
        return page;
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
        if (task.assigneeId() == null && !WorkGroups.onlyPpgs(task.candidateGroups())) {
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
