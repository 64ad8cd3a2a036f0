package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workplan.PriorityDetails;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.ActionRiskService;
import org.neighbourhoodportal.workplan.ProgressService;

/**
 * One priority: its status and why, its actions (owners keep theirs current in place), its updates, its risks and
 * issues, and the records of other features linked to it.
 */
@Route("workplan/priority/:priorityId([0-9]+)")
@PermitAll
class PriorityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkplanService workplan;
    private final PriorityService priorityService;
    private final ActionRiskService actionRiskService;
    private final ProgressService progressService;
    private final CurrentUser currentUser;
    private long priorityId;
    private long me;
    private String pageTitle = "Priority";

    PriorityView(WorkplanService workplan, PriorityService priorityService, ActionRiskService actionRiskService,
                 ProgressService progressService, CurrentUser currentUser) {
        this.workplan = workplan;
        this.priorityService = priorityService;
        this.actionRiskService = actionRiskService;
        this.progressService = progressService;
        this.currentUser = currentUser;
        addClassName("portal-page");
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " | Neighbourhood Portal";
    }

    static String route(long priorityId) {
        return "workplan/priority/" + priorityId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        priorityId = RouteIds.id(event, "priorityId", "That priority does not exist.");
        me = currentUser.require().personId();
        show();
    }

    private void show() {
        PriorityDetails details = priorityService.priority(priorityId);
        PriorityRow priority = details.priority();
        removeAll();
        add(new Anchor(PlanHeader.Page.PRIORITIES.route(details.plan().id()), "\u2190 " + details.plan().title()));
        add(new PriorityHeader(details, workplan, priorityService, progressService, this::show));
        add(new PriorityActions(details, priorityId, me, workplan, priorityService, actionRiskService, this::show));
        add(new PriorityUpdates(details, progressService, this::show));
        add(new PriorityRisks(details, priorityId, workplan, priorityService, actionRiskService, this::show));
        add(new PriorityLinks(details.linked()));
        pageTitle = priority.title();
    }
}
