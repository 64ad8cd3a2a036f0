package org.neighbourhoodportal.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.neighbourhoodportal.attachments.ui.AttachmentPanels;
import org.neighbourhoodportal.consultation.ConsultationAttachments;
import org.neighbourhoodportal.consultation.ConsultationDetails;
import org.neighbourhoodportal.consultation.ConsultationDocuments;
import org.neighbourhoodportal.consultation.ConsultationPriorities;
import org.neighbourhoodportal.consultation.ConsultationRefusedException;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.neighbourhoodportal.consultation.ConsultationService;
import org.neighbourhoodportal.consultation.ConsultationStatus;
import org.neighbourhoodportal.consultation.ConsultationTasks;
import org.neighbourhoodportal.consultation.LaunchCheck;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.ui.RoundPanel;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workflow.ui.RecordPage;

/**
 * One consultation in the record page shell: what it is and its questions; before launch, the checks with approve and
 * launch; while open, the caller's own response to draft; once closed, the lead's themes; the published outcome; the
 * round (who has answered), the documents and the timeline.
 */
@Route("consultations/:consultationId")
@PageTitle("Consultation | Neighbourhood Portal")
@PermitAll
class ConsultationView extends RecordPage implements BeforeEnterObserver {

    private final ConsultationService consultations;
    private final ConsultationTasks tasks;
    private final RoundService rounds;
    private final AttachmentPanels documents;
    private final ConsultationDocuments downloads;
    private final ConsultationPriorities priorities;

    ConsultationView(ConsultationService consultations, ConsultationTasks tasks, RoundService rounds,
                     AttachmentPanels documents, ConsultationDocuments downloads, ConsultationPriorities priorities) {
        this.downloads = downloads;
        this.priorities = priorities;
        this.consultations = consultations;
        this.tasks = tasks;
        this.rounds = rounds;
        this.documents = documents;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event, "consultationId", "That consultation does not exist.");
        ConsultationDetails c = consultations.details(id);
        setHeading("Consultation", Glossary.spelledOut("INT", "PPG"));
        setYourTurn(tasks.yoursOn(id));
        Div card = card(c);
        if (c.status() == ConsultationStatus.DRAFT) {
            card.add(checks(id, c));
        }
        for (ConsultationDetails.ResponseView mine : c.myResponses()) {
            card.add(new ResponseForm(consultations, c, mine, this::reload));
        }
        if (c.isLead() && c.status() == ConsultationStatus.CLOSED) {
            card.add(new ThemesPanel(consultations, id, this::reload));
        }
        if (c.outcome() != null) {
            card.add(outcome(c));
        }
        if (c.status() != ConsultationStatus.DRAFT && c.status() != ConsultationStatus.OPEN) {
            card.add(prioritiesChanged(id, c));
        }
        setRecord(card);
        setWhereItIsNow(java.util.List.of(), c.status().label() + ".");
        java.util.List<Component> actions = new java.util.ArrayList<>();
        if (c.status() == ConsultationStatus.DRAFT && c.mayEdit()) {
            Button change = new Button("Change the set-up",
                    e -> getUI().ifPresent(ui -> ui.navigate("consultations/" + id + "/edit")));
            change.setId("edit-consultation");
            actions.add(change);
        }
        if (c.maySeeResults() && c.status() != ConsultationStatus.DRAFT) {
            Anchor results = new Anchor("consultations/" + id + "/results", "See every response and the results");
            results.setId("consultation-results-link");
            actions.add(results);
        }
        if (c.outcome() != null) {
            actions.add(Downloads.link("download-outcome", "Outcome report (Word)",
                    Downloads.fileName(c.title() + " outcome", "docx"), ConsultationDocuments.DOCX,
                    () -> downloads.outcomeReport(id)));
        }
        setActions(actions.toArray(Component[]::new));
        setRound(rounds.roundFor(ConsultationService.ROUND_KIND, id).map(round -> new RoundPanel(rounds, round))
                .orElse(null));
        setDocuments(documents.forRecord(ConsultationAttachments.RECORD_TYPE, id));
        setTimeline(c.timeline());
    }

    private void reload() {
        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
    }

    private static Div card(ConsultationDetails c) {
        Div card = new Div();
        card.addClassName("portal-card");
        card.setWidthFull();
        card.add(new H3(c.title()));
        Div facts = new Div(c.consultedBy() + " · " + c.audience().label() + " · open " + Formats.day(c.opensOn())
                + " to " + Formats.day(c.closesOn()));
        facts.addClassName("portal-muted");
        card.add(facts, new Badge(c.status().label(), c.status() == ConsultationStatus.OPEN ? Badge.Tone.WAITING
                : Badge.Tone.NEUTRAL));
        Paragraph summary = new Paragraph(c.summary());
        summary.getStyle().set("white-space", "pre-wrap");
        card.add(summary);
        if (c.formativeStatement() != null) {
            card.add(new H4("Why it can still change"), new Paragraph(c.formativeStatement()));
        }
        if (c.shortWindowReason() != null) {
            card.add(new H4("Why the window is shorter than 12 weeks"), new Paragraph(c.shortWindowReason()));
        }
        card.add(new H4("Questions"));
        OrderedList questions = new OrderedList();
        for (ConsultationDetails.QuestionView q : c.questions()) {
            questions.add(new ListItem(q.question() + " (" + q.kind().label().toLowerCase(java.util.Locale.UK)
                    + (q.required() ? ", must be answered" : "") + ")"));
        }
        card.add(questions);
        return card;
    }

    /** The work plan priorities the outcome changed, as links; the lead chooses them. */
    private Component prioritiesChanged(long id, ConsultationDetails c) {
        Div box = new Div();
        box.setId("consultation-priorities");
        box.add(new H4("Work plan priorities it changed"));
        java.util.List<ConsultationPriorities.PriorityChoice> linked = priorities.linked(id);
        if (linked.isEmpty()) {
            box.add(new Paragraph(c.isLead() ? "None linked yet: choose below the priorities the outcome changed."
                    : "None linked."));
        }
        UnorderedList list = new UnorderedList();
        for (ConsultationPriorities.PriorityChoice p : linked) {
            list.add(new ListItem(new Anchor(p.route(), p.title()), new Span(" (work plan " + p.plan() + ")")));
        }
        if (!linked.isEmpty()) {
            box.add(list);
        }
        if (c.isLead()) {
            MultiSelectComboBox<ConsultationPriorities.PriorityChoice> choose =
                    new MultiSelectComboBox<>("Priorities the outcome changed");
            choose.setId("consultation-priority-choice");
            choose.setItems(priorities.options(id));
            choose.setItemLabelGenerator(p -> p.title() + " (" + p.plan() + ")");
            choose.setValue(new java.util.HashSet<>(linked));
            choose.setWidthFull();
            choose.setMaxWidth("44rem");
            Button save = new Button("Save the links", e -> {
                try {
                    priorities.link(id, choose.getValue().stream().map(ConsultationPriorities.PriorityChoice::id)
                            .collect(java.util.stream.Collectors.toSet()));
                    Notification.show("Saved: each priority's page links to this consultation.");
                    reload();
                } catch (ConsultationRefusedException refused) {
                    Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            save.setId("link-priorities");
            box.add(choose, save);
        }
        return box;
    }

    private Component checks(long id, ConsultationDetails c) {
        Div box = new Div();
        box.setId("launch-checks");
        box.add(new H4("Before it can be launched"));
        UnorderedList list = new UnorderedList();
        boolean ready = true;
        boolean onlyApproval = true;
        for (LaunchCheck check : consultations.launchChecks(id)) {
            ListItem item = new ListItem((check.passed() ? "✓ " : "✗ ") + check.what() + ": " + check.detail());
            item.getStyle().set("color", check.passed() ? "var(--lumo-success-text-color)"
                    : "var(--lumo-error-text-color)");
            list.add(item);
            ready &= check.passed();
            if (!check.passed() && !check.what().startsWith("Approved")) {
                onlyApproval = false;
            }
        }
        box.add(list);
        if (c.isLead()) {
            if (!ready && onlyApproval) {
                Button approve = new Button("Approve as set up", e -> {
                    consultations.approve(id);
                    reload();
                });
                approve.setId("approve-consultation");
                box.add(approve);
            }
            if (ready) {
                Button launch = new Button("Launch: invite everyone to respond", e -> {
                    consultations.launch(id);
                    Notification.show("Launched: everyone invited has been told.");
                    reload();
                });
                launch.setId("launch-consultation");
                launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                box.add(launch);
            }
        } else {
            box.add(new Paragraph("An INT lead approves and launches it. Attach the evidence pack below."));
        }
        return box;
    }

    private static Component outcome(ConsultationDetails c) {
        Div box = new Div();
        box.setId("consultation-outcome");
        box.add(new H3(c.status() == ConsultationStatus.OUTCOME_PUBLISHED ? "You said, we did"
                : c.status() == ConsultationStatus.CLOSED_WITHOUT_RESPONSES ? "What happens now"
                : "The outcome so far (not yet published)"));
        if (c.outcome().summary() != null) {
            Paragraph summary = new Paragraph(c.outcome().summary());
            summary.getStyle().set("white-space", "pre-wrap");
            box.add(summary);
        }
        for (ConsultationDetails.ThemeView theme : c.outcome().themes()) {
            Div line = new Div();
            line.addClassName("timeline-entry");
            Div title = new Div(theme.title());
            title.getStyle().set("font-weight", "600");
            line.add(title, new Div("You said: " + theme.whatWasSaid()), new Div("We did: " + theme.intResponse()));
            if (!theme.raisedBy().isEmpty()) {
                Div by = new Div("Raised by " + String.join(", ", theme.raisedBy()));
                by.addClassName("when");
                line.add(by);
            }
            box.add(line);
        }
        if (!c.outcome().respondents().isEmpty()) {
            box.add(new Paragraph("Responses from: " + String.join(", ", c.outcome().respondents())));
        }
        if (c.outcome().publishedAt() != null) {
            Div when = new Div("Published on " + Formats.day(c.outcome().publishedAt()));
            when.addClassName("portal-muted");
            box.add(when);
        }
        return box;
    }
}
