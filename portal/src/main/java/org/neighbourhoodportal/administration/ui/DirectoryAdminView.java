package org.neighbourhoodportal.administration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neighbourhoodportal.directory.AdminRecords.IcbRow;
import org.neighbourhoodportal.directory.AdminRecords.OrganisationRow;
import org.neighbourhoodportal.directory.AdminRecords.PersonRow;
import org.neighbourhoodportal.directory.AdminRecords.PpgRow;
import org.neighbourhoodportal.directory.AdminRecords.RoleRow;
import org.neighbourhoodportal.directory.AdminRecords.TeamRow;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.directory.Role;
import org.neighbourhoodportal.directory.Sector;

/**
 * "Manage the directory", for administrators: ICBs, INTs, organisations, PPGs and people, each a list with a form in a
 * dialog; a person's roles and their account (switch off, switch on) from their row. Member organisations and
 * signatories are managed per INT on {@link MyTeamView}, which administrators can open for any INT.
 */
@Route(DirectoryAdminView.ROUTE)
@PageTitle("Manage the directory | Neighbourhood Portal")
@RolesAllowed("ADMINISTRATOR")
class DirectoryAdminView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "admin/directory";

    private final DirectoryAdministration admin;
    private final org.neighbourhoodportal.accounts.InvitationService invitations;
    private final Grid<IcbRow> icbs = new Grid<>();
    private final Grid<TeamRow> teams = new Grid<>();
    private final Grid<OrganisationRow> organisations = new Grid<>();
    private final Grid<PpgRow> ppgs = new Grid<>();
    private final Grid<PersonRow> people = new Grid<>();

    DirectoryAdminView(DirectoryAdministration admin, org.neighbourhoodportal.accounts.InvitationService invitations) {
        this.admin = admin;
        this.invitations = invitations;
        addClassName("portal-page");
        Paragraph intro = new Paragraph("Add and correct the ICBs, INTs, organisations, PPGs and people the portal "
                + "knows, and give people their roles. Every change is on the Changes page.");
        intro.addClassName("portal-muted");

        icbs.addColumn(IcbRow::name).setHeader("ICB").setAutoWidth(true);
        icbs.addColumn(IcbRow::code).setHeader("Code");
        icbs.addComponentColumn(i -> edit("Change " + i.name(), () -> icbForm(i))).setHeader("");
        teams.addColumn(TeamRow::name).setHeader("INT").setAutoWidth(true);
        teams.addColumn(TeamRow::icbName).setHeader("ICB");
        teams.addColumn(TeamRow::place).setHeader("Place");
        teams.addComponentColumn(t -> edit("Change " + t.name(), () -> teamForm(t))).setHeader("");
        organisations.addColumn(OrganisationRow::name).setHeader("Organisation").setAutoWidth(true);
        organisations.addColumn(o -> o.sector().label()).setHeader("Sector");
        organisations.addColumn(OrganisationRow::odsCode).setHeader("ODS code");
        organisations.addComponentColumn(o -> edit("Change " + o.name(), () -> organisationForm(o))).setHeader("");
        ppgs.addColumn(PpgRow::name).setHeader("PPG").setAutoWidth(true);
        ppgs.addColumn(PpgRow::practiceName).setHeader("Practice");
        ppgs.addColumn(PpgRow::teamName).setHeader("INT");
        ppgs.addComponentColumn(p -> edit("Change " + p.name(), () -> ppgForm(p))).setHeader("");
        icbs.setId("icbs");
        teams.setId("teams");
        organisations.setId("organisations");
        ppgs.setId("ppgs");
        people.setId("people");
        people.addColumn(PersonRow::displayName).setHeader("Name").setAutoWidth(true);
        people.addColumn(PersonRow::email).setHeader("E-mail address");
        people.addColumn(PersonRow::organisationName).setHeader("Organisation");
        people.addColumn(p -> p.active() ? "In use" : "Switched off").setHeader("Account");
        people.addComponentColumn(this::personActions).setHeader("").setAutoWidth(true);
        for (Grid<?> grid : List.of(icbs, teams, organisations, ppgs, people)) {
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
        }

        // Tabs and a panel per tab (the components the portal's bundle already has)
        Map<Tab, Component> panels = new LinkedHashMap<>();
        panels.put(new Tab("People"), tab(add("Add a person", () -> personForm(null)), people));
        panels.put(new Tab("Organisations"), tab(add("Add an organisation", () -> organisationForm(null)),
                organisations));
        com.vaadin.flow.component.html.Anchor fromSpreadsheet = new com.vaadin.flow.component.html.Anchor(
                DirectoryImportView.ROUTE, "Bring in an INT's organisations and people from a spreadsheet");
        fromSpreadsheet.setId("import-link");
        VerticalLayout intsTab = new VerticalLayout(add("Add an INT", () -> teamForm(null)), fromSpreadsheet, teams);
        intsTab.setPadding(false);
        panels.put(new Tab("INTs"), intsTab);
        panels.put(new Tab("ICBs"), tab(add("Add an ICB", () -> icbForm(null)), icbs));
        panels.put(new Tab("PPGs"), tab(add("Add a PPG", () -> ppgForm(null)), ppgs));
        Tabs tabs = new Tabs(panels.keySet().toArray(Tab[]::new));
        tabs.setWidthFull();
        Div shown = new Div();
        shown.setWidthFull();
        panels.values().forEach(p -> p.setVisible(false));
        panels.values().forEach(shown::add);
        panels.values().iterator().next().setVisible(true);
        tabs.addSelectedChangeListener(e -> panels.forEach((tab, panel) -> panel.setVisible(tab == e.getSelectedTab())));
        add(new H2("Manage the directory"), intro, tabs, shown);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        icbs.setItems(admin.icbs());
        teams.setItems(admin.teams());
        organisations.setItems(admin.organisations());
        ppgs.setItems(admin.ppgs());
        people.setItems(admin.people(0, 10_000));
    }

    private static Component tab(Button add, Grid<?> grid) {
        VerticalLayout tab = new VerticalLayout(add, grid);
        tab.setPadding(false);
        return tab;
    }

    private static Button add(String label, Runnable open) {
        Button button = new Button(label, e -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private static Button edit(String label, Runnable open) {
        Button button = new Button("Change", e -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label);
        return button;
    }

    /**
     * A person's row actions: change, roles, switch off or on, and invite by e-mail to set a password.
     */
    private Component personActions(PersonRow p) {
        FlexLayout actions = new FlexLayout();
        actions.setId("person-actions-" + p.id());
        actions.addClassName("person-actions");
        actions.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        actions.add(edit("Change " + p.displayName(), () -> personForm(p)));
        Button roles = new Button("Roles", e -> rolesDialog(p));
        roles.setId("roles-" + p.id());
        roles.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        roles.setAriaLabel("Roles of " + p.displayName());
        actions.add(roles);
        Button account = p.active()
                ? new Button("Switch off", e -> confirmSwitchOff(p))
                : new Button("Switch on", e -> {
                    if (AdminForms.run(() -> admin.reactivate(p.id()), Map.of())) {
                        AdminForms.done(p.displayName() + " can use the portal again.");
                        refresh();
                    }
                });
        account.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        account.setId("account-" + p.id());
        account.setAriaLabel((p.active() ? "Switch off the account of " : "Switch on the account of ")
                + p.displayName());
        actions.add(account);
        if (p.active()) {
            // an e-mail with a single-use link to set their password (a new person has none until then)
            Button invite = new Button("Invite", e -> {
                if (AdminForms.run(() -> invitations.invite(p.id()), Map.of())) {
                    AdminForms.done(p.displayName() + " has been sent an invitation by e-mail.");
                }
            });
            invite.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            invite.setId("invite-" + p.id());
            invite.setAriaLabel("Invite " + p.displayName() + " by e-mail to set a password");
            actions.add(invite);
        }
        return actions;
    }

    private void confirmSwitchOff(PersonRow p) {
        com.vaadin.flow.component.dialog.Dialog confirm = new com.vaadin.flow.component.dialog.Dialog();
        confirm.setHeaderTitle("Switch off " + p.displayName() + "'s account?");
        confirm.add(new Paragraph("They will be signed out and cannot sign in again. The tasks they picked up go "
                + "back to their team, and its lead is told. Their records and history stay, and you can switch the "
                + "account on again."));
        Button yes = new Button("Switch off", e -> {
            if (AdminForms.run(() -> admin.deactivate(p.id()), Map.of())) {
                confirm.close();
                AdminForms.done(p.displayName() + "'s account is switched off.");
                refresh();
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        yes.setId("confirm-switch-off");
        confirm.getFooter().add(new Button("Keep it", e -> confirm.close()), yes);
        confirm.open();
    }

    private void icbForm(IcbRow icb) {
        TextField name = text("Name", DirectoryAdministration.NAME_LENGTH, icb == null ? null : icb.name());
        name.setRequired(true);
        TextField code = text("Code (optional)", DirectoryAdministration.ICB_CODE_LENGTH,
                icb == null ? null : icb.code());
        AdminForms.open(icb == null ? "Add an ICB" : "Change " + icb.name(), fields("name", name, "code", code),
                () -> admin.saveIcb(icb == null ? null : icb.id(), name.getValue(), code.getValue()), this::refresh);
    }

    private void teamForm(TeamRow team) {
        TextField name = text("Name", DirectoryAdministration.NAME_LENGTH, team == null ? null : team.name());
        name.setRequired(true);
        ComboBox<IcbRow> icb = new ComboBox<>("ICB", admin.icbs());
        icb.setItemLabelGenerator(IcbRow::name);
        icb.setRequired(true);
        if (team != null) {
            icb.getListDataView().getItems().filter(i -> i.id() == team.icbId()).findFirst().ifPresent(icb::setValue);
        }
        TextField place = text("Place (optional)", DirectoryAdministration.NAME_LENGTH,
                team == null ? null : team.place());
        TextArea description = new TextArea("Description (optional)");
        description.setMaxLength(DirectoryAdministration.DESCRIPTION_LENGTH);
        description.setValue(team == null || team.description() == null ? "" : team.description());
        AdminForms.open(team == null ? "Add an INT" : "Change " + team.name(),
                fields("name", name, "icb", icb, "place", place, "description", description),
                () -> admin.saveTeam(team == null ? null : team.id(), icb.getValue() == null ? null
                        : icb.getValue().id(), name.getValue(), place.getValue(), description.getValue()),
                this::refresh);
    }

    private void organisationForm(OrganisationRow organisation) {
        TextField name = text("Name", DirectoryAdministration.NAME_LENGTH,
                organisation == null ? null : organisation.name());
        name.setRequired(true);
        Select<Sector> sector = new Select<>();
        sector.setLabel("Sector");
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(Sector::label);
        if (organisation != null) {
            sector.setValue(organisation.sector());
        }
        TextField ods = text("ODS code (optional)", 10, organisation == null ? null : organisation.odsCode());
        ods.setHelperText("The NHS Organisation Data Service code, such as A81001 for a GP practice.");
        AdminForms.open(organisation == null ? "Add an organisation" : "Change " + organisation.name(),
                fields("name", name, "sector", sector, "odsCode", ods),
                () -> admin.saveOrganisation(organisation == null ? null : organisation.id(), name.getValue(),
                        sector.getValue(), ods.getValue()), this::refresh);
    }

    private void ppgForm(PpgRow ppg) {
        TextField name = text("Name", DirectoryAdministration.NAME_LENGTH, ppg == null ? null : ppg.name());
        name.setRequired(true);
        ComboBox<TeamRow> team = new ComboBox<>("INT", admin.teams());
        team.setItemLabelGenerator(TeamRow::name);
        ComboBox<OrganisationRow> practice = new ComboBox<>("Practice", admin.organisations());
        practice.setItemLabelGenerator(OrganisationRow::name);
        if (ppg != null) {
            team.getListDataView().getItems().filter(t -> t.id() == ppg.teamId()).findFirst().ifPresent(team::setValue);
            practice.getListDataView().getItems().filter(o -> o.id() == ppg.practiceId()).findFirst()
                    .ifPresent(practice::setValue);
        }
        AdminForms.open(ppg == null ? "Add a PPG" : "Change " + ppg.name(),
                fields("name", name, "team", team, "practice", practice),
                () -> admin.savePpg(ppg == null ? null : ppg.id(), team.getValue() == null ? null
                        : team.getValue().id(), practice.getValue() == null ? null : practice.getValue().id(),
                        name.getValue()), this::refresh);
    }

    private void personForm(PersonRow person) {
        TextField email = new TextField("E-mail address");
        email.setMaxLength(org.neighbourhoodportal.directory.DirectoryAdministration.NAME_LENGTH);
        email.setRequired(true);
        email.setValue(person == null ? "" : person.email());
        TextField name = text("Name", DirectoryAdministration.NAME_LENGTH, person == null ? null : person.displayName());
        name.setRequired(true);
        TextField title = text("Job title (optional)", DirectoryAdministration.NAME_LENGTH,
                person == null ? null : person.jobTitle());
        ComboBox<OrganisationRow> organisation = new ComboBox<>("Organisation", admin.organisations());
        organisation.setItemLabelGenerator(OrganisationRow::name);
        if (person != null && person.organisationId() != null) {
            organisation.getListDataView().getItems().filter(o -> o.id() == person.organisationId()).findFirst()
                    .ifPresent(organisation::setValue);
        }
        AdminForms.open(person == null ? "Add a person" : "Change " + person.displayName(),
                fields("email", email, "name", name, "jobTitle", title, "organisation", organisation),
                () -> admin.savePerson(person == null ? null : person.id(), email.getValue(), name.getValue(),
                        title.getValue(), organisation.getValue() == null ? null : organisation.getValue().id()),
                this::refresh);
    }

    /** A person's roles, each with Remove, and a form to give another. */
    private void rolesDialog(PersonRow person) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle("Roles of " + person.displayName());
        dialog.setWidth("min(40rem, 100vw)");
        Div held = new Div();
        Runnable[] showRoles = new Runnable[1];
        showRoles[0] = () -> {
            held.removeAll();
            List<RoleRow> roles = admin.rolesOf(person.id());
            if (roles.isEmpty()) {
                held.add(new Paragraph("No roles yet."));
            }
            roles.forEach(r -> {
                Button remove = new Button("Remove", e -> {
                    if (AdminForms.run(() -> admin.removeRole(r.id()), Map.of())) {
                        showRoles[0].run();
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel("Remove the role " + r.label());
                FlexLayout line = new FlexLayout(new Paragraph(r.label()), remove);
                line.setAlignItems(FlexLayout.Alignment.CENTER);
                line.getStyle().set("gap", "var(--lumo-space-s)");
                held.add(line);
            });
        };
        showRoles[0].run();
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setId("roles-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        ComboBox<Scope> scope = new ComboBox<>("Where");
        scope.setId("roles-scope");
        scope.setItemLabelGenerator(Scope::name);
        role.addValueChangeListener(e -> {
            scope.clear();
            Role chosen = e.getValue();
            scope.setEnabled(chosen != null && chosen != Role.ADMINISTRATOR);
            if (chosen == null || chosen == Role.ADMINISTRATOR) {
                scope.setItems(List.of());
            } else if (chosen == Role.PPG_REPRESENTATIVE) {
                scope.setItems(admin.ppgs().stream().map(p -> new Scope(p.id(), p.name())).toList());
            } else if (chosen == Role.ICB_MANAGER) {
                scope.setItems(admin.icbs().stream().map(i -> new Scope(i.id(), i.name())).toList());
            } else {
                scope.setItems(admin.teams().stream().map(t -> new Scope(t.id(), t.name())).toList());
            }
        });
        Map<String, Component> fields = fields("role", role, "scope", scope);
        Button give = new Button("Give this role", e -> {
            role.setInvalid(false);
            scope.setInvalid(false);
            if (AdminForms.run(() -> admin.grantRole(person.id(), role.getValue(),
                    scope.getValue() == null ? null : scope.getValue().id()), fields)) {
                role.clear();
                showRoles[0].run();
            }
        });
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.setId("roles-give");
        FlexLayout form = new FlexLayout(role, scope, give);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-s)");
        dialog.add(held, form);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    /** A team, PPG or ICB a role is held in. */
    record Scope(long id, String name) {
    }

    private static TextField text(String label, int maxLength, String value) {
        TextField field = new TextField(label);
        field.setMaxLength(maxLength);
        field.setValue(Objects.requireNonNullElse(value, ""));
        field.setWidthFull();
        return field;
    }

    private static Map<String, Component> fields(Object... pairs) {
        Map<String, Component> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], (Component) pairs[i + 1]);
        }
        return fields;
    }
}
