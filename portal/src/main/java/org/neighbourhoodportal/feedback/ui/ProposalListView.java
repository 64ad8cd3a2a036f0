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

/** Proposals the INT has put to its PPGs. */
@Route("proposals")
@PageTitle("Proposals for PPGs | Neighbourhood Portal")
@PermitAll
class ProposalListView extends VerticalLayout {

    ProposalListView(ProposalService proposals) {
        addClassName("portal-page");
        setHeightFull();
        add(new H2("Proposals put to PPGs"));
        Grid<ProposalRow> grid = new Grid<>();
        grid.setId("proposal-grid");
        grid.addColumn(ProposalRow::title).setHeader("Proposal").setFlexGrow(3);
        grid.addColumn(ProposalRow::teamName).setHeader("Team").setAutoWidth(true);
        grid.addColumn(r -> Formats.day(r.closesOn())).setHeader("Views needed by").setAutoWidth(true);
        grid.addColumn(r -> r.answered() + " of " + r.invited()).setHeader("PPGs answered").setAutoWidth(true);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setAutoWidth(true);
        grid.setItems(proposals.list());
        grid.setEmptyStateText("No proposals yet.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("proposals/" + e.getItem().id())));
        add(grid);
    }
}
