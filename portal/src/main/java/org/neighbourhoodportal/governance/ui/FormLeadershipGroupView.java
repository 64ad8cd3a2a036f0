package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.neighbourhoodportal.governance.LeadershipGroupService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.workflow.ui.StartFormPanel;

/** An INT lead defines the leadership group's seats and asks the member organisations for nominations. */
@Route("governance/groups/new")
@PageTitle("Form a leadership group | Neighbourhood Portal")
@RolesAllowed("INT_LEAD")
class FormLeadershipGroupView extends VerticalLayout {

    FormLeadershipGroupView(LeadershipGroupService groups, CurrentUser currentUser) {
        addClassName("portal-page");
        add(new H2("Form a leadership group"));
        add(Glossary.spelledOut("INT"));
        add(new Paragraph("Choose the seats the group needs and a senior sponsor. Every member organisation's "
                + "representatives get a task to nominate someone. When nominations close, the portal checks every "
                + "core seat is covered and no organisation would hold a majority, and tells you the gaps."));
        add(new StartFormPanel(groups.startForm(), "form-leadership-group", "Ask for nominations",
                "Nominations asked for.", groups::start, id -> "governance/groups/" + id)
                .keepingDraftFor(currentUser.require().personId()));
    }
}
