package org.neighbourhoodportal.administration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AdminRecords.MemberOrganisation;
import org.neighbourhoodportal.directory.AdminRecords.OrganisationRow;
import org.neighbourhoodportal.directory.AdminRecords.PersonRow;
import org.neighbourhoodportal.directory.AdminRecords.RoleRow;
import org.neighbourhoodportal.directory.AdminRecords.TeamRow;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.directory.Role;

/**
 * "My team", for an INT's leads (and administrators, for any INT): its member organisations with their
 * representatives and designated signatory, and who holds which role in it.
 */
@Route(MyTeamView.ROUTE)
@PageTitle("My team | Neighbourhood Portal")
@RolesAllowed({"INT_LEAD", "ADMINISTRATOR"})
class MyTeamView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "my-team";

    private final DirectoryAdministration admin;
    private final Select<TeamRow> team = new Select<>();
    private final Grid<MemberOrganisation> members = new Grid<>();
    private final Grid<RoleRow> roles = new Grid<>();
    private final ComboBox<OrganisationRow> newMember = new ComboBox<>("Organisation");
    private final ComboBox<PersonRow> person = new ComboBox<>("Person");
    private final Select<Role> role = new Select<>();

    MyTeamView(DirectoryAdministration admin) {
        this.admin = admin;
        addClassName("portal-page");
        team.setLabel("INT");
        team.setId("my-team-int");
        newMember.setId("my-team-organisation");
        person.setId("my-team-person");
        role.setId("my-team-role");
        team.setItemLabelGenerator(TeamRow::name);
        team.addValueChangeListener(e -> refresh());

        members.setId("member-organisations");
        members.addColumn(MemberOrganisation::name).setHeader("Organisation").setAutoWidth(true);
        members.addColumn(m -> m.representatives().stream().map(PersonOption::name).collect(Collectors.joining(", ")))
                .setHeader("Representatives");
        members.addColumn(m -> m.signatoryName() == null ? "Not named yet" : m.signatoryName())
                .setHeader("Signatory");
        members.addComponentColumn(this::memberActions).setHeader("").setKey("actions").setAutoWidth(true);
        roles.setId("team-roles");
        roles.addColumn(RoleRow::personName).setHeader("Person").setAutoWidth(true);
        roles.addColumn(RoleRow::label).setHeader("Role");
        roles.addComponentColumn(r -> {
            Button remove = new Button("Remove", e -> {
                if (AdminForms.run(() -> admin.removeRole(r.id()), Map.of())) {
                    AdminForms.done(r.personName() + " is no longer " + r.role().label() + ".");
                    refresh();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + r.personName() + " as " + r.label());
            return remove;
        }).setHeader("");
        for (Grid<?> grid : List.of(members, roles)) {
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
        }

        newMember.setItemLabelGenerator(OrganisationRow::name);
        Button addMember = new Button("Add to the INT", e -> {
            if (team.getValue() != null && newMember.getValue() != null && AdminForms.run(() -> admin.addMembership(
                    team.getValue().id(), newMember.getValue().id()), Map.of("organisation", newMember))) {
                newMember.clear();
                refresh();
            }
        });
        person.setItemLabelGenerator(p -> p.organisationName() == null ? p.displayName()
                : p.displayName() + " (" + p.organisationName() + ")");
        role.setLabel("Role");
        role.setItems(Role.MEMBER, Role.INT_LEAD);
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.MEMBER);
        Button give = new Button("Give this role", e -> {
            if (team.getValue() != null && person.getValue() != null && AdminForms.run(() -> admin.grantRole(
                    person.getValue().id(), role.getValue(), team.getValue().id()), Map.of("role", role))) {
                person.clear();
                refresh();
            }
        });
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.setId("my-team-give");
        addMember.setId("my-team-add");

        Paragraph intro = new Paragraph("Your INT's member organisations, who represents each, and who signs for it "
                + "(terms of reference, commitments to bids). Changes take effect on each person's next click.");
        intro.addClassName("portal-muted");
        add(new H2("My team"), intro, team, new H3("Member organisations"), members, row(newMember, addMember),
                new H3("Roles"), roles, row(person, role, give));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<TeamRow> mine = admin.teamsIManage();
        team.setItems(mine);
        if (!mine.isEmpty()) {
            team.setValue(mine.get(0));
        }
        newMember.setItems(admin.organisations());
        person.setItems(admin.people(0, 10_000).stream().filter(PersonRow::active).toList());
    }

    private void refresh() {
        if (team.getValue() == null) {
            return;
        }
        members.setItems(admin.memberOrganisations(team.getValue().id()));
        roles.setItems(admin.rolesInTeam(team.getValue().id()));
    }

    private Component memberActions(MemberOrganisation m) {
        ComboBox<PersonOption> signatory = new ComboBox<>();
        signatory.setAriaLabel("Signatory for " + m.name());
        signatory.setId("signatory-" + m.organisationId());
        signatory.setPlaceholder("Choose the signatory");
        // the one named now, so the field shows who signs rather than an empty choice; offered even when they are
        // no longer among the representatives (named before, or a member of the organisation named by an administrator)
        List<PersonOption> choices = new ArrayList<>(m.representatives());
        PersonOption named = m.signatoryId() == null ? null : choices.stream()
                .filter(p -> p.id() == m.signatoryId()).findFirst()
                .orElseGet(() -> new PersonOption(m.signatoryId(), m.signatoryName(), m.name()));
        if (named != null && !choices.contains(named)) {
            choices.add(named);
        }
        signatory.setItems(choices);
        signatory.setItemLabelGenerator(PersonOption::name);
        if (named != null) {
            signatory.setValue(named);
        }
        Button name = new Button("Name signatory", e -> {
            if (signatory.getValue() != null && AdminForms.run(() -> admin.nameSignatory(team.getValue().id(),
                    m.organisationId(), signatory.getValue().id()), Map.of("signatory", signatory))) {
                AdminForms.done(signatory.getValue().name() + " signs for " + m.name() + ".");
                refresh();
            }
        });
        name.setAriaLabel("Name the signatory for " + m.name());
        name.setId("name-signatory-" + m.organisationId());
        Button remove = new Button("Remove", e -> {
            if (AdminForms.run(() -> admin.removeMembership(team.getValue().id(), m.organisationId()), Map.of())) {
                refresh();
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove " + m.name() + " from the INT");
        return row(signatory, name, remove);
    }

    private static FlexLayout row(Component... parts) {
        FlexLayout row = new FlexLayout(parts);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexLayout.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        return row;
    }
}
