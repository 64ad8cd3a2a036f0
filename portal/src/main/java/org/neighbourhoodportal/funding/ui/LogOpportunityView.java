package org.neighbourhoodportal.funding.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.funding.FundingService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.workflow.TaskForm;
import org.neighbourhoodportal.workflow.ui.StartFormPanel;

/** An INT lead logs a funding opportunity; the INT's member organisations are asked whether they could take part. */
@Route(LogOpportunityView.ROUTE)
@PageTitle("Log a funding opportunity | Neighbourhood Portal")
@RolesAllowed("INT_LEAD")
class LogOpportunityView extends VerticalLayout {

    static final String ROUTE = "funding/new";

    LogOpportunityView(FundingService funding, CurrentUser currentUser) {
        addClassName("portal-page");
        add(new H2("Log a funding opportunity"));
        add(Glossary.spelledOut("INT"));
        add(new Paragraph("Every member organisation of the INT is asked whether it could take part, in what role "
                + "and with what contribution. When answers close, the portal weighs the bid against the work plan, "
                + "the time left, the partners and match funding, and you decide whether to go ahead. Add the call "
                + "documents on the bid's page once it is logged."));
        // a lead who leads one INT has it chosen already
        TaskForm form = funding.logForm();
        List<Option> teams = form.options().getOrDefault(FundingService.TEAM_OPTIONS, List.of());
        if (teams.size() == 1) {
            form = new TaskForm(form.definition(), form.options(), Map.of("teamId", teams.get(0).value()));
        }
        add(new StartFormPanel(form, "log-bid", "Log the opportunity", "Logged; organisations asked.",
                funding::logOpportunity, FundingService::route).keepingDraftFor(currentUser.require().personId()));
    }
}
