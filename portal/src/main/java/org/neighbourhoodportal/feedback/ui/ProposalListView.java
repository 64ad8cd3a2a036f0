package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.neighbourhoodportal.feedback.ProposalRow;
import org.neighbourhoodportal.feedback.ProposalService;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.GridCards;
import org.neighbourhoodportal.ui.GridRows;

/** Proposals the INT has put to its PPGs. */
@Route("proposals")
@PageTitle("Proposals for PPGs | Neighbourhood Portal")
@PermitAll
class ProposalListView extends VerticalLayout {

    ProposalListView(ProposalService proposals) {
        addClassName("portal-page");
        setHeightFull();
        add(new H2("Proposals put to PPGs"));
        add(Glossary.spelledOut("PPG", "INT"));
        Grid<ProposalRow> grid = new Grid<>();
        grid.setId("proposal-grid");
        grid.addColumn(ProposalRow::title).setHeader("Proposal").setFlexGrow(3);
        grid.addColumn(ProposalRow::teamName).setHeader("Team").setAutoWidth(true);
        grid.addColumn(r -> Formats.day(r.closesOn())).setHeader("Views needed by").setAutoWidth(true);
        grid.addColumn(r -> r.answered() + " of " + r.invited()).setHeader("PPGs answered").setAutoWidth(true);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setAutoWidth(true);
        GridCards.onPhones(grid, r -> GridCards.card(r.title(), r.status().label() + " · " + r.teamName(),
                "Views needed by " + Formats.day(r.closesOn()) + " · " + r.answered() + " of " + r.invited()
                        + " PPGs answered"));
        grid.setItems(proposals.list());
        grid.setEmptyStateText("No proposals yet.");
        GridRows.openWith(grid, row -> getUI().ifPresent(ui -> ui.navigate("proposals/" + row.id())));
        add(grid);
    }
}
