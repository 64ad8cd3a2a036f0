package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.neighbourhoodportal.governance.GroupRow;
import org.neighbourhoodportal.governance.LeadershipGroupService;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.GridCards;
import org.neighbourhoodportal.ui.GridRows;

/** The leadership groups of the INTs the person works in or oversees. */
@Route("governance/groups")
@PageTitle("Leadership groups | Neighbourhood Portal")
@PermitAll
class LeadershipGroupListView extends VerticalLayout {

    LeadershipGroupListView(LeadershipGroupService groups) {
        addClassName("portal-page");
        setHeightFull();
        add(new H2("Leadership groups"));
        add(Glossary.spelledOut("INT"));
        Grid<GroupRow> grid = new Grid<>();
        grid.setId("leadership-group-grid");
        grid.addColumn(GroupRow::name).setHeader("Group").setFlexGrow(3);
        grid.addColumn(GroupRow::team).setHeader("INT").setAutoWidth(true);
        grid.addColumn(r -> r.members() + " on " + r.seats() + " seats").setHeader("Members").setAutoWidth(true);
        grid.addColumn(r -> r.termEndsOn() == null ? "" : Formats.day(r.termEndsOn())).setHeader("Term ends")
                .setAutoWidth(true);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setAutoWidth(true);
        GridCards.onPhones(grid, r -> GridCards.card(r.name(), r.status().label() + " · " + r.team(),
                r.members() + " members on " + r.seats() + " seats"
                        + (r.termEndsOn() == null ? "" : " · term ends " + Formats.day(r.termEndsOn()))));
        grid.setItems(groups.list());
        grid.setEmptyStateText("No leadership group yet.");
        GridRows.openWith(grid, row -> getUI().ifPresent(ui -> ui.navigate("governance/groups/" + row.id())));
        add(grid);
    }
}
