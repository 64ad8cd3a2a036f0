package org.neighbourhoodportal.maturity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.maturity.FrameworkVersion;
import org.neighbourhoodportal.maturity.MaturityService;
import org.neighbourhoodportal.maturity.OpenRequest;
import org.neighbourhoodportal.maturity.domain.Assessment;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.time.PortalTime;

/** An INT lead opens a self-assessment: the team, the period, the framework version, the closing date, the owners. */
@Route("maturity/new")
@PageTitle("Open a self-assessment | Neighbourhood Portal")
@RolesAllowed("INT_LEAD")
class OpenAssessmentView extends VerticalLayout {

    private final MaturityService maturity;
    private final Map<Long, ComboBox<PersonOption>> owners = new LinkedHashMap<>();
    private final FormLayout ownerForm = new FormLayout();

    OpenAssessmentView(MaturityService maturity, DirectoryService directory, CurrentUser currentUser, Clock clock) {
        this.maturity = maturity;
        addClassName("portal-page");
        add(new H2("Open a maturity self-assessment"));
        add(new Paragraph("Each domain owner is asked to record where the team is now and where it aims to be, with "
                + "evidence and the support needed. You then read all the domains together and submit them to the "
                + "ICB."));
        List<TeamSummary> teams = directory.teams(currentUser.require().ledTeams());
        Select<TeamSummary> team = new Select<>();
        team.setLabel("Team");
        team.setItems(teams);
        team.setItemLabelGenerator(TeamSummary::name);
        Select<FrameworkVersion> framework = new Select<>();
        framework.setLabel("Framework");
        List<FrameworkVersion> versions = maturity.frameworks();
        framework.setItems(versions);
        framework.setItemLabelGenerator(FrameworkVersion::label);
        TextField period = new TextField("Period");
        period.setPlaceholder("For example 2026/27");
        period.setMaxLength(Assessment.PERIOD_LENGTH);
        period.setId("open-period");
        DatePicker closes = new DatePicker("Domains recorded by");
        closes.setMin(PortalTime.today(clock).plusDays(1));
        closes.setValue(PortalTime.today(clock).plusWeeks(3));
        FormLayout form = new FormLayout(team, period, framework, closes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form, new H3("Who owns each domain"), ownerForm);
        ownerForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        team.addValueChangeListener(e -> owners(e.getValue(), framework.getValue()));
        framework.addValueChangeListener(e -> owners(team.getValue(), e.getValue()));
        if (!teams.isEmpty()) {
            team.setValue(teams.get(0));
        }
        versions.stream().filter(v -> v.code().equals(MaturityService.DEFAULT_FRAMEWORK)).findFirst()
                .ifPresent(framework::setValue);
        Button open = new Button("Open the self-assessment", e -> {
            try {
                Map<Long, Long> chosen = new HashMap<>();
                owners.forEach((domain, box) -> {
                    if (box.getValue() != null) {
                        chosen.put(domain, box.getValue().id());
                    }
                });
                long id = maturity.open(new OpenRequest(team.getValue() == null ? -1 : team.getValue().id(),
                        framework.getValue() == null ? -1 : framework.getValue().id(), period.getValue(),
                        closes.getValue(), chosen));
                Told.saved("Opened: each domain owner has been asked.");
                getUI().ifPresent(ui -> ui.navigate("maturity/" + id));
            } catch (RuntimeException failed) {
                Told.failed(failed);
            }
        });
        open.setId("open-save");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(open);
    }

    private void owners(TeamSummary team, FrameworkVersion framework) {
        ownerForm.removeAll();
        owners.clear();
        if (team == null || framework == null) {
            return;
        }
        List<PersonOption> people = maturity.possibleOwners(team.id());
        for (FrameworkVersion.Domain domain : framework.domains()) {
            ComboBox<PersonOption> owner = new ComboBox<>(domain.title());
            owner.setItems(people);
            owner.setItemLabelGenerator(p -> p.name() + (p.organisation() == null ? "" : " (" + p.organisation() + ")"));
            owner.setId("owner-" + domain.code());
            owners.put(domain.id(), owner);
            ownerForm.add(owner);
        }
    }
}
