package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.neighbourhoodportal.governance.AgreementRow;
import org.neighbourhoodportal.governance.AgreementService;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.GridCards;
import org.neighbourhoodportal.ui.GridRows;

/** The terms of reference and MoUs of the INTs the person works in (the ICB's managers: those in force). */
@Route("governance/agreements")
@PageTitle("Terms of reference and MoUs | Neighbourhood Portal")
@PermitAll
class AgreementListView extends VerticalLayout {

    AgreementListView(AgreementService agreements) {
        addClassName("portal-page");
        setHeightFull();
        add(new H2("Terms of reference and MoUs"));
        add(Glossary.spelledOut("ToR", "MoU", "INT"));
        Grid<AgreementRow> grid = new Grid<>();
        grid.setId("agreement-grid");
        grid.addColumn(AgreementRow::title).setHeader("Document").setFlexGrow(3);
        grid.addColumn(AgreementRow::kind).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(AgreementRow::team).setHeader("INT").setAutoWidth(true);
        grid.addColumn(r -> inForce(r)).setHeader("In force").setAutoWidth(true);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setAutoWidth(true);
        GridCards.onPhones(grid, r -> GridCards.card(r.title(), r.status().label() + " · " + r.team(), inForce(r)));
        grid.setItems(agreements.list());
        grid.setEmptyStateText("No terms of reference or MoU yet.");
        GridRows.openWith(grid, row -> getUI().ifPresent(ui -> ui.navigate("governance/agreements/" + row.id())));
        add(grid);
    }

    private static String inForce(AgreementRow row) {
        return row.inForceVersion() == null ? "Not yet" : "Version " + row.inForceVersion() + " since "
                + Formats.day(row.inForceFrom());
    }
}
