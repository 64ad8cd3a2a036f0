package org.neighbourhoodportal.funding.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.neighbourhoodportal.funding.FundingService;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workflow.TaskForm;
import org.neighbourhoodportal.workflow.ui.StartFormPanel;

/** A bid that was not successful, tried again as a new opportunity, starting from what it asked for. */
@Route("funding/:bidId/reopen")
@PageTitle("Reopen a funding bid | Neighbourhood Portal")
@RolesAllowed("INT_LEAD")
class ReopenBidView extends VerticalLayout implements BeforeEnterObserver {

    private final FundingService funding;

    ReopenBidView(FundingService funding) {
        this.funding = funding;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event, "bidId", "That funding bid does not exist.");
        removeAll();
        add(new H2("Try again as a new opportunity"));
        add(new Paragraph("The form starts from the bid that was not successful. Give the new deadline and when "
                + "expressions of interest close; its feedback and lessons stay on the old bid's page."));
        TaskForm form = funding.logForm();
        add(new StartFormPanel(new TaskForm(form.definition(), form.options(), funding.reopenValues(id)),
                "reopen-bid", "Log the new opportunity", "Logged; organisations asked.",
                raw -> funding.reopen(id, raw), FundingService::route));
    }
}
