package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.neighbourhoodportal.attachments.ui.AttachmentPanels;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workflow.ui.RecordPage;
import org.neighbourhoodportal.workplan.ActionRiskService;
import org.neighbourhoodportal.workplan.PriorityAttachments;
import org.neighbourhoodportal.workplan.PriorityDetails;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.ProgressService;
import org.neighbourhoodportal.workplan.WorkplanService;

/**
 * One priority in the record page shell: its status and why, its actions (owners keep theirs current in place), its
 * risks and issues, the records of other features linked to it, its documents (the attachments kit, with the
 * priority's access) and its timeline (updates and changes, by whom).
 */
@Route("workplan/priority/:priorityId([0-9]+)")
@PermitAll
class PriorityView extends RecordPage implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkplanService workplan;
    private final PriorityService priorityService;
    private final ActionRiskService actionRiskService;
    private final ProgressService progressService;
    private final CurrentUser currentUser;
    private final AttachmentPanels documents;
    private long priorityId;
    private long me;
    private String pageTitle = "Priority";

    PriorityView(WorkplanService workplan, PriorityService priorityService, ActionRiskService actionRiskService,
                 ProgressService progressService, CurrentUser currentUser, AttachmentPanels documents) {
        this.workplan = workplan;
        this.priorityService = priorityService;
        this.actionRiskService = actionRiskService;
        this.progressService = progressService;
        this.currentUser = currentUser;
        this.documents = documents;
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
        Div record = new Div(
                new Anchor(PlanHeader.Page.PRIORITIES.route(details.plan().id()), "\u2190 " + details.plan().title()),
                new PriorityHeader(details, workplan, priorityService, progressService, this::show),
                new PriorityActions(details, priorityId, me, workplan, priorityService, actionRiskService, this::show),
                new PriorityRisks(details, priorityId, workplan, priorityService, actionRiskService, this::show),
                new PriorityLinks(details.linked()));
        record.setWidthFull();
        setRecord(record);
        // a priority has no process: where it is now is its status and progress
        setWhereItIsNow(List.of(), priority.rag().describe() + ", " + priority.percentComplete() + "% complete"
                + (priority.overdueActions() == 0 ? "" : ", " + priority.overdueActions() + " overdue "
                + (priority.overdueActions() == 1 ? "action" : "actions")) + ".");
        if (details.canUpdate()) {
            Button add = new Button("Add an update", VaadinIcon.PLUS.create(),
                    e -> new UpdateDialog(progressService, priority, this::show).open());
            add.setId("add-update");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            setActions(add);
        } else {
            setActions();
        }
        setDocuments(documents.forRecord(PriorityAttachments.RECORD_TYPE, priorityId));
        setTimeline(details.timeline());
        pageTitle = priority.title();
    }
}
