package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.neighbourhoodportal.governance.GroupDetails;
import org.neighbourhoodportal.governance.LeadershipGroupService;
import org.neighbourhoodportal.governance.LeadershipGroupTasks;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.ui.RoundPanel;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workflow.ui.RecordPage;

/** One leadership group, in the record page shell: seats and members, the nominations round, its history. */
@Route("governance/groups/:groupId")
@PageTitle("Leadership group | Neighbourhood Portal")
@PermitAll
class LeadershipGroupView extends RecordPage implements BeforeEnterObserver {

    private final LeadershipGroupService groups;
    private final LeadershipGroupTasks tasks;
    private final RoundService rounds;
    private final org.neighbourhoodportal.governance.MeetingService meetings;

    LeadershipGroupView(LeadershipGroupService groups, LeadershipGroupTasks tasks, RoundService rounds,
                        org.neighbourhoodportal.governance.MeetingService meetings) {
        this.groups = groups;
        this.tasks = tasks;
        this.rounds = rounds;
        this.meetings = meetings;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event, "groupId", "That leadership group does not exist.");
        GroupDetails group = groups.details(id);
        setHeading("Leadership group", Glossary.spelledOut("INT"));
        setYourTurn(tasks.yoursOn(id));
        com.vaadin.flow.component.html.Div record = new com.vaadin.flow.component.html.Div(
                new LeadershipGroupCard(group), new GroupMeetingsPanel(id, meetings));
        record.setWidthFull();
        setRecord(record);
        setWhereItIsNow(group.waitingOn(), "Nothing is waiting: the group is formed.");
        setActions();
        setRound(groups.latestRound(id).map(round -> new RoundPanel(rounds, round)).orElse(null));
        setTimeline(group.timeline());
    }
}
