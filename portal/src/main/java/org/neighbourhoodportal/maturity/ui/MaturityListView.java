package org.neighbourhoodportal.maturity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.maturity.AssessmentSummary;
import org.neighbourhoodportal.maturity.MaturityService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.GridCards;
import org.neighbourhoodportal.ui.GridRows;

/** The maturity self-assessments the person may read, team by team. */
@Route("maturity")
@PageTitle("Maturity self-assessments | Neighbourhood Portal")
@PermitAll
class MaturityListView extends VerticalLayout {

    MaturityListView(MaturityService maturity, org.neighbourhoodportal.maturity.IntProfileService profiles,
                     CurrentUser currentUser) {
        addClassName("portal-page");
        setHeightFull();
        add(new H2("Maturity self-assessments"));
        add(Glossary.spelledOut("INT", "PCN", "ICB"));
        add(new Paragraph("Each INT assesses where it is and where it aims to be in each domain of the PCN Maturity "
                + "Matrix, with its evidence and the support it needs. It is a development conversation, not a "
                + "league table."));
        AccessProfile me = currentUser.require();
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("gap", "0.5rem").set("flex-wrap", "wrap");
        if (me.isLead()) {
            Button open = new Button("Open a self-assessment", e -> getUI().ifPresent(ui -> ui.navigate("maturity/new")));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setId("open-assessment");
            actions.add(open);
        }
        if (me.isIcbManager()) {
            Button icb = new Button("Your INTs side by side", e -> getUI().ifPresent(ui -> ui.navigate(IcbView.ROUTE)));
            icb.setId("icb-view");
            actions.add(icb);
        }
        java.util.Set<Long> own = new java.util.TreeSet<>(me.ledTeams());
        own.addAll(me.memberTeams());
        for (long teamId : own) {
            com.vaadin.flow.component.html.Anchor profile = new com.vaadin.flow.component.html.Anchor(
                    ProfileView.route(teamId), "How " + profiles.profile(teamId).teamName() + " works");
            profile.setId("profile-" + teamId);
            actions.add(profile);
        }
        actions.getStyle().set("align-items", "center");
        add(actions);
        Grid<AssessmentSummary> grid = new Grid<>();
        grid.setId("maturity-grid");
        grid.addColumn(AssessmentSummary::teamName).setHeader("Team").setFlexGrow(2);
        grid.addColumn(AssessmentSummary::period).setHeader("Period").setAutoWidth(true);
        grid.addColumn(a -> a.status().label()).setHeader("Where it is").setAutoWidth(true);
        grid.addColumn(AssessmentSummary::framework).setHeader("Framework").setFlexGrow(1);
        GridCards.onPhones(grid, a -> GridCards.card(a.teamName() + ": " + a.period(), a.status().label(),
                a.framework()));
        grid.setItems(maturity.list());
        grid.setEmptyStateText("No self-assessments yet.");
        GridRows.openWith(grid, row -> getUI().ifPresent(ui -> ui.navigate("maturity/" + row.id())));
        add(grid);
    }
}
