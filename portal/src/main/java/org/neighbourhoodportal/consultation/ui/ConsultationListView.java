package org.neighbourhoodportal.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.neighbourhoodportal.consultation.ConsultationRow;
import org.neighbourhoodportal.consultation.ConsultationService;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.GridCards;
import org.neighbourhoodportal.ui.GridRows;

/** The consultations the person may read: those of their INTs, and those their PPG was invited to. */
@Route("consultations")
@PageTitle("Consultations | Neighbourhood Portal")
@PermitAll
class ConsultationListView extends VerticalLayout {

    ConsultationListView(ConsultationService consultations) {
        addClassName("portal-page");
        setHeightFull();
        add(new H2("Consultations"));
        add(new Paragraph("The INT consults its member organisations and PPGs on strategies while they can still "
                + "change, and publishes what it did with the responses."));
        add(Glossary.spelledOut("INT", "PPG"));
        if (!consultations.teamsICanConsultFor().isEmpty()) {
            Button setUp = new Button("Set up a consultation",
                    e -> getUI().ifPresent(ui -> ui.navigate("consultations/new")));
            setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(setUp);
        }
        Grid<ConsultationRow> grid = new Grid<>();
        grid.setId("consultation-grid");
        grid.addColumn(ConsultationRow::title).setHeader("Consultation").setFlexGrow(3);
        grid.addColumn(ConsultationRow::teamName).setHeader("Team").setAutoWidth(true);
        grid.addColumn(r -> Formats.day(r.closesOn())).setHeader("Closes").setAutoWidth(true);
        grid.addColumn(r -> r.responded() + " of " + r.invited()).setHeader("Responses").setAutoWidth(true);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setAutoWidth(true);
        GridCards.onPhones(grid, r -> GridCards.card(r.title(), r.status().label() + " · " + r.teamName(),
                "Closes " + Formats.day(r.closesOn()) + " · " + r.responded() + " of " + r.invited() + " responded"));
        grid.setItems(consultations.list());
        grid.setEmptyStateText("No consultations yet.");
        GridRows.openWith(grid, row -> getUI().ifPresent(ui -> ui.navigate("consultations/" + row.id())));
        add(grid);
    }
}
