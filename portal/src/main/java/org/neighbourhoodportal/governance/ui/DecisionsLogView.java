package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.neighbourhoodportal.governance.DecisionLogRow;
import org.neighbourhoodportal.governance.MeetingService;
import org.neighbourhoodportal.governance.Ratification;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.GridCards;
import org.neighbourhoodportal.ui.GridRows;
import org.neighbourhoodportal.ui.RouteIds;

/** A leadership group's decisions log: every decision of its meetings, flagged ones marked, newest first. */
@Route("governance/groups/:groupId/decisions")
@PageTitle("Decisions log | Neighbourhood Portal")
@PermitAll
class DecisionsLogView extends VerticalLayout implements BeforeEnterObserver {

    private final MeetingService meetings;

    DecisionsLogView(MeetingService meetings) {
        this.meetings = meetings;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long groupId = RouteIds.id(event, "groupId", "That leadership group does not exist.");
        List<DecisionLogRow> rows = meetings.decisionsLog(groupId);
        removeAll();
        add(new H2("Decisions log"), Glossary.spelledOut("ToR"));
        add(new Anchor("governance/groups/" + groupId, "Back to the leadership group"));
        long flagged = rows.stream().filter(DecisionLogRow::flagged).count();
        long settled = rows.stream().filter(r -> r.flagged() && r.settled() != null).count();
        Paragraph summary = new Paragraph(rows.size() + (rows.size() == 1 ? " decision" : " decisions") + ", "
                + flagged + " flagged (taken without a quorum under the terms of reference in force that day, or with "
                + "a conflict of interest not declared or not handled as they say)." + (settled == 0 ? ""
                : " " + settled + " of the flagged " + (settled == 1 ? "has" : "have") + " since been ratified or "
                + "rejected at a later meeting."));
        summary.setId("decisions-summary");
        add(summary);
        Grid<DecisionLogRow> grid = new Grid<>();
        grid.setId("decisions-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> Formats.day(r.startsAt())).setHeader("Meeting date").setAutoWidth(true);
        grid.addColumn(DecisionLogRow::item).setHeader("Item").setFlexGrow(1);
        grid.addColumn(DecisionLogRow::decision).setHeader("Decision").setFlexGrow(2);
        grid.addColumn(DecisionLogRow::method).setHeader("How").setAutoWidth(true);
        grid.addComponentColumn(DecisionsLogView::check).setHeader("Quorum and conflicts").setFlexGrow(2)
                .setKey("check");
        GridCards.onPhones(grid, "Decision", r -> GridCards.card(r.decision(),
                Formats.day(r.startsAt()) + " · " + r.item(),
                (r.flagged() ? "Flagged. " : "") + r.quorum() + " " + String.join(" ", r.conflicts())
                        + (r.settled() == null ? "" : " " + MeetingView.capitalised(r.settled().inWords()) + ".")));
        grid.setItems(rows);
        grid.setEmptyStateText("No decisions recorded yet.");
        GridRows.openWith(grid, row -> getUI().ifPresent(ui -> ui.navigate(MeetingService.route(row.meetingId()))));
        add(grid);
    }

    private static Div check(DecisionLogRow row) {
        Div cell = new Div();
        cell.add(new Badge(row.flagged() ? "Flagged" : "Quorate", row.flagged() ? Badge.Tone.OVERDUE
                : Badge.Tone.DONE));
        cell.add(new Div(row.quorum()));
        row.conflicts().forEach(c -> cell.add(new Div(c)));
        if (row.flagNote() != null) {
            cell.add(new Div("Note: " + row.flagNote()));
        }
        if (row.settled() != null) {
            Div settled = new Div(new Badge(row.settled().outcome().label(), row.settled().outcome()
                    == Ratification.RATIFIED ? Badge.Tone.DONE : Badge.Tone.NEUTRAL),
                    new Span(" " + MeetingView.capitalised(row.settled().inWords()) + ": "),
                    MeetingView.meetingLink(row.settled().at()));
            settled.addClassName("decision-settled");
            cell.add(settled);
        }
        if (row.ratifies() != null) {
            cell.add(new Div(new Span(row.ratifies().outcome().label() + " a flagged decision of "),
                    MeetingView.meetingLink(row.ratifies().meeting())));
        }
        return cell;
    }
}
