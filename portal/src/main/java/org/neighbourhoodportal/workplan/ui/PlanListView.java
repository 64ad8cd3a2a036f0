package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.workplan.InvalidInputException;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.WorkplanService;

/**
 * The work plans the caller may read. Someone with one plan goes straight to it; a lead whose team has no plan for
 * this year can start one here.
 */
@Route("workplan")
@PageTitle("Work plan | Neighbourhood Portal")
@PermitAll
class PlanListView extends VerticalLayout implements BeforeEnterObserver {

    private final WorkplanService workplan;

    PlanListView(WorkplanService workplan) {
        this.workplan = workplan;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<PlanSummary> plans = workplan.plans();
        List<TeamSummary> toStart = workplan.teamsWithoutCurrentPlan();
        if (plans.size() == 1 && toStart.isEmpty()) {
            event.forwardTo(PlanHeader.Page.PRIORITIES.route(plans.get(0).id()));
            return;
        }
        removeAll();
        add(new H2("Work plans"));
        add(Glossary.spelledOut("INT", "PCN", "Fuller"));
        if (plans.isEmpty() && toStart.isEmpty()) {
            add(new Paragraph("There is no work plan for your teams yet. Each team's lead starts one a year."));
        }
        int year = workplan.currentPlanYear();
        for (TeamSummary team : toStart) {
            Div card = new Div();
            card.addClassName("portal-card");
            card.add(new Paragraph(team.name() + " has no work plan for " + year + "/"
                    + String.format("%02d", (year + 1) % 100) + " yet."));
            Button start = new Button("Start this year's plan", e -> start(team));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("start-plan-" + team.id());
            card.add(start);
            add(card);
        }
        for (PlanSummary plan : plans) {
            Div line = new Div();
            line.addClassName("timeline-entry");
            Anchor link = new Anchor(PlanHeader.Page.PRIORITIES.route(plan.id()), plan.title());
            Div about = new Div(plan.teamName() + " · " + plan.yearLabel());
            about.addClassName("when");
            line.add(link, about);
            add(line);
        }
    }

    private void start(TeamSummary team) {
        try {
            PlanSummary plan = workplan.createPlan(team.id(), workplan.currentPlanYear());
            Messages.saved("Plan started. Add its priorities next.");
            getUI().ifPresent(ui -> ui.navigate(PlanHeader.Page.PRIORITIES.route(plan.id())));
        } catch (InvalidInputException | NotAllowedException refused) {
            Messages.refused(refused.getMessage());
        }
    }
}
