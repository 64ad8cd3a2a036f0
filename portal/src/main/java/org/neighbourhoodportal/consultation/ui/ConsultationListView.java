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
        // the title gets the room: the other columns are short, the status wraps
        grid.addColumn(ConsultationRow::title).setHeader("Consultation").setWidth("18rem").setFlexGrow(4);
        grid.addColumn(ConsultationRow::teamName).setHeader("Team").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(ConsultationListView::closing).setHeader("Closing").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(r -> r.responded() + " of " + r.invited()).setHeader("Responses").setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setWidth("10rem").setFlexGrow(1);
        GridCards.onPhones(grid, r -> GridCards.card(r.title(), r.status().label() + " · " + r.teamName(),
                closing(r) + " · " + r.responded() + " of " + r.invited() + " responded"));
        grid.setItems(consultations.list());
        grid.setEmptyStateText("No consultations yet.");
        GridRows.openWith(grid, row -> getUI().ifPresent(ui -> ui.navigate("consultations/" + row.id())));
        add(grid);
    }

    /** "Closes 22 Feb 2027", or once closed (perhaps early) "Closed 30 Nov 2026". */
    private static String closing(ConsultationRow r) {
        return r.closedOn() != null ? "Closed " + Formats.day(r.closedOn()) : "Closes " + Formats.day(r.closesOn());
    }
}
