package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.PersonSummary;
import org.neighbourhoodportal.directory.PpgSummary;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.security.CurrentUser;

/**
 * Who is in the team: its member organisations and PPGs. Administrators see every team and everyone's roles.
 */
@Route("directory")
@PageTitle("Directory | Neighbourhood Portal")
@PermitAll
class DirectoryView extends VerticalLayout {

    DirectoryView(DirectoryService directory, CurrentUser currentUser) {
        addClassName("portal-page");
        AccessProfile me = currentUser.require();
        add(new H2(me.administrator() ? "Directory" : "My teams"));
        add(Glossary.spelledOut("INT", "PPG", "ICB"));
        List<TeamSummary> teams;
        if (me.administrator()) {
            teams = directory.allTeams();
        } else {
            Set<Long> ids = new TreeSet<>(me.teamsInView());
            ids.addAll(me.ppgTeamIds());
            teams = directory.teams(ids);
        }
        if (teams.isEmpty()) {
            add(new Paragraph("You are not in any team yet. Ask your administrator to add you."));
        }
        for (TeamSummary team : teams) {
            Div body = new Div();
            body.add(new Paragraph(team.icbName() + (team.place() == null ? "" : " · " + team.place())));
            UnorderedList organisations = new UnorderedList();
            for (OrganisationSummary organisation : directory.memberOrganisations(team.id())) {
                organisations.add(new ListItem(organisation.name() + " (" + organisation.sector().label() + ")"));
            }
            body.add(new H3("Member organisations"), organisations);
            List<PpgSummary> ppgs = directory.ppgsOfTeams(List.of(team.id()));
            if (!ppgs.isEmpty()) {
                UnorderedList list = new UnorderedList();
                ppgs.forEach(p -> list.add(new ListItem(p.name() + " – " + p.practiceName())));
                body.add(new H3("Patient Participation Groups"), list);
            }
            Details details = new Details(team.name(), body);
            details.setOpened(teams.size() == 1);
            details.setWidthFull();
            add(details);
        }
        if (me.administrator()) {
            add(new H2("People"));
            Grid<PersonSummary> people = new Grid<>();
            people.setId("people-grid");
            people.addColumn(PersonSummary::displayName).setHeader("Name").setAutoWidth(true);
            people.addColumn(PersonSummary::email).setHeader("E-mail").setAutoWidth(true);
            people.addColumn(p -> p.organisation() == null ? "" : p.organisation()).setHeader("Organisation");
            people.addColumn(p -> String.join("; ", p.roles())).setHeader("Roles").setFlexGrow(2);
            people.addColumn(p -> p.demoAccount() ? "Demo" : "").setHeader("").setAutoWidth(true);
            people.setItems(directory.people());
            people.setAllRowsVisible(true);
            add(people);
        }
    }
}
