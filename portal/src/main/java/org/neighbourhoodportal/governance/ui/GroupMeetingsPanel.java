package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.neighbourhoodportal.governance.GroupMeetings;
import org.neighbourhoodportal.governance.MeetingRow;
import org.neighbourhoodportal.governance.MeetingService;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.GridCards;
import org.neighbourhoodportal.ui.GridRows;

/** The group page's meetings: newest first, flagged decisions counted; "Plan a meeting" for its leads. */
class GroupMeetingsPanel extends Div {

    GroupMeetingsPanel(long groupId, MeetingService meetings) {
        setWidthFull();
        setId("group-meetings");
        GroupMeetings found = meetings.meetings(groupId);
        add(new H3("Meetings"));
        Div links = new Div();
        links.addClassName("record-actions");
        Anchor log = new Anchor("governance/groups/" + groupId + "/decisions", "Decisions log");
        log.setId("decisions-log-link");
        links.add(log);
        PlanMeetingForm form = new PlanMeetingForm(meetings, groupId);
        form.setVisible(false);
        if (found.mayPlan()) {
            Button plan = new Button("Plan a meeting", VaadinIcon.CALENDAR.create(), e -> form.setVisible(true));
            plan.setId("plan-meeting");
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            links.add(plan);
        }
        add(links);
        if (found.mayPlan()) {
            add(form);
        }
        Grid<MeetingRow> grid = new Grid<>();
        grid.setId("meeting-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> Formats.dayTime(r.startsAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(MeetingRow::title).setHeader("Meeting").setFlexGrow(2);
        grid.addColumn(r -> r.minutes().label()).setHeader("Minutes").setAutoWidth(true);
        grid.addComponentColumn(GroupMeetingsPanel::decisions).setHeader("Decisions").setAutoWidth(true);
        GridCards.onPhones(grid, "Meeting", r -> GridCards.card(r.title(), Formats.dayTime(r.startsAt()),
                r.minutes().label() + " · " + r.decisions() + " decisions" + (r.flagged() == 0 ? ""
                        : ", " + r.flagged() + " flagged")));
        grid.setItems(found.rows());
        grid.setEmptyStateText("No meetings yet.");
        GridRows.openWith(grid, row -> getUI().ifPresent(ui -> ui.navigate(MeetingService.route(row.id()))));
        add(grid);
    }

    private static Div decisions(MeetingRow row) {
        Div cell = new Div(row.decisions() + " ");
        if (row.flagged() > 0) {
            cell.add(new Badge(row.flagged() + " flagged", Badge.Tone.OVERDUE));
        }
        return cell;
    }
}
