package org.neighbourhoodportal.maturity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.neighbourhoodportal.maturity.IntProfileService;
import org.neighbourhoodportal.maturity.TeamProfile;
import org.neighbourhoodportal.maturity.domain.IntProfile;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.RouteIds;

/**
 * How an INT is set up, on the four aspects of the City & Hackney review of neighbourhood models: its leads write it,
 * its members and its ICB's managers read it.
 */
@Route("maturity/team/:teamId([0-9]{1,18})/profile")
@PageTitle("How the INT works | Neighbourhood Portal")
@PermitAll
class ProfileView extends VerticalLayout implements BeforeEnterObserver {

    /** The four aspects: a label, what to write about, and the field's id. */
    static final List<String[]> ASPECTS = List.of(
            new String[] {"Scope or criteria", "Who the team is for and how it chooses who it works with: open "
                    + "criteria, a Think Family approach, defined criteria (for example frailty or high intensity "
                    + "users), or preventative work and strategic planning.", "profile-scope"},
            new String[] {"Roles and sectors", "Who is in the team: primary care, community health, mental health, "
                    + "adult social care, the voluntary sector, housing and others; the core team and those who join "
                    + "when needed.", "profile-roles"},
            new String[] {"Location", "Where the team works: shared premises, co-location on some days, virtual "
                    + "meetings, community settings.", "profile-location"},
            new String[] {"Management and governance", "Who manages the team's people and work, and how it decides: "
                    + "each organisation's own governance, a host organisation, a joint board or forum.",
                    "profile-governance"});

    private final IntProfileService profiles;

    ProfileView(IntProfileService profiles) {
        this.profiles = profiles;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(RouteIds.id(event, "teamId", "That INT does not exist."));
    }

    private void show(long teamId) {
        removeAll();
        TeamProfile p = profiles.profile(teamId);
        add(new H2("How " + p.teamName() + " works"));
        add(Glossary.spelledOut("INT", "ICB"));
        add(new Paragraph("The team's model on the four aspects a review of neighbourhood teams across England used "
                + "(City & Hackney, 2023): there is no single right model. The ICB reads it beside the team's "
                + "self-assessment, to compare how INTs are set up, not just their stages."));
        if (p.updatedAt() != null) {
            Div when = new Div("Last changed by " + p.updatedBy() + " on " + Formats.day(p.updatedAt()));
            when.addClassName("portal-muted");
            add(when);
        }
        String[] values = {p.scope(), p.rolesAndSectors(), p.location(), p.governance()};
        if (!p.youMayEdit()) {
            Div read = new Div();
            read.setId("profile");
            read.setWidthFull();
            for (int i = 0; i < ASPECTS.size(); i++) {
                read.add(new H3(ASPECTS.get(i)[0]));
                Paragraph text = new Paragraph(values[i] == null ? "Not written yet." : values[i]);
                text.getStyle().set("white-space", "pre-wrap");
                text.setId(ASPECTS.get(i)[2]);
                read.add(text);
            }
            add(read);
            add(new Anchor("maturity", "Back to the self-assessments"));
            return;
        }
        TextArea[] fields = new TextArea[ASPECTS.size()];
        for (int i = 0; i < ASPECTS.size(); i++) {
            TextArea field = new TextArea(ASPECTS.get(i)[0]);
            field.setHelperText(ASPECTS.get(i)[1]);
            field.setMaxLength(IntProfile.ASPECT_LENGTH);
            field.setValue(values[i] == null ? "" : values[i]);
            field.setWidthFull();
            field.setMaxWidth("48rem");
            field.setMinHeight("6rem");
            field.setId(ASPECTS.get(i)[2]);
            fields[i] = field;
            add(field);
        }
        Button save = new Button("Save the profile", e -> {
            try {
                profiles.save(teamId, fields[0].getValue(), fields[1].getValue(), fields[2].getValue(),
                        fields[3].getValue());
                Told.saved("Saved: the team and the ICB see it now.");
                show(teamId);
            } catch (RuntimeException failed) {
                Told.failed(failed);
            }
        });
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save, new Anchor("maturity", "Back to the self-assessments"));
    }

    /** The route of a team's profile page. */
    static String route(long teamId) {
        return "maturity/team/" + teamId + "/profile";
    }
}
