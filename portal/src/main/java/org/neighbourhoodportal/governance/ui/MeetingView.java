package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.neighbourhoodportal.attachments.ui.AttachmentPanels;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.governance.AttendanceStatus;
import org.neighbourhoodportal.governance.DecisionMethod;
import org.neighbourhoodportal.governance.InterestAction;
import org.neighbourhoodportal.governance.MeetingDetails;
import org.neighbourhoodportal.governance.MeetingDocument;
import org.neighbourhoodportal.governance.MeetingLimits;
import org.neighbourhoodportal.governance.MeetingService;
import org.neighbourhoodportal.governance.MinutesStatus;
import org.neighbourhoodportal.governance.QuorumCheck;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.CharacterLimit;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workflow.ui.RecordPage;

/**
 * One meeting of a leadership group, in the record page shell: when and where, the ToR in force that day,
 * attendance, the agenda with each item's declarations and decisions (each marked quorate or flagged, in words), the
 * minutes, the actions, the papers, the board pack download and its history. The INT's leads record; everyone else
 * who may see the group reads. What a lead typed stays in the form when the portal refuses it.
 */
@Route("governance/meetings/:meetingId")
@PageTitle("Meeting | Neighbourhood Portal")
@PermitAll
class MeetingView extends RecordPage implements BeforeEnterObserver {

    private final MeetingService meetings;
    private final AttachmentPanels papers;
    private long id;

    MeetingView(MeetingService meetings, AttachmentPanels papers) {
        this.meetings = meetings;
        this.papers = papers;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.id(event, "meetingId", "That meeting does not exist.");
        show();
    }

    private void show() {
        MeetingDetails meeting = meetings.details(id);
        setHeading("Leadership group meeting", Glossary.spelledOut("ToR", "INT"));
        Div body = new Div();
        body.setWidthFull();
        body.add(card(meeting), attendance(meeting), agenda(meeting), minutes(meeting), actions(meeting));
        setRecord(body);
        setWhereItIsNow(List.of(), meeting.held() ? "Held on " + Formats.dayTime(meeting.startsAt()) + "."
                : "Planned for " + Formats.dayTime(meeting.startsAt()) + ".");
        setActions(boardPack());
        setDocuments(papers.forRecord(MeetingService.RECORD_KIND, id));
        setTimeline(meeting.timeline());
    }

    private Component card(MeetingDetails meeting) {
        Div card = new Div();
        card.addClassName("portal-card");
        card.setWidthFull();
        card.add(new H3(meeting.title()));
        Div facts = new Div(Formats.dayTime(meeting.startsAt()) + " (UK time)" + (meeting.location() == null ? ""
                : " · " + meeting.location()));
        facts.addClassName("portal-muted");
        card.add(facts);
        Anchor group = new Anchor("governance/groups/" + meeting.groupId(), meeting.group() + ", " + meeting.team());
        card.add(new Div(group));
        Paragraph tor = new Paragraph(meeting.torInForce() == null
                ? "No terms of reference were in force on the meeting's date: decisions cannot be checked for a quorum."
                : "Terms of reference in force on the day: " + meeting.torInForce() + ".");
        tor.setId("meeting-tor");
        card.add(tor);
        return card;
    }

    // ---- attendance --------------------------------------------------------------------------------------------------

    private Component attendance(MeetingDetails meeting) {
        Div section = section("Attendance", "meeting-attendance");
        Map<Long, Select<AttendanceStatus>> choices = new HashMap<>();
        for (MeetingDetails.AttendanceView person : meeting.attendance()) {
            Div row = new Div();
            row.addClassName("timeline-entry");
            String who = person.name() + (person.organisation() == null ? "" : ", " + person.organisation())
                    + (person.member() ? " · " + String.join(", ", person.seats()) : " · not a member of the group");
            row.add(new Span(who + " "));
            if (meeting.mayRecord()) {
                Select<AttendanceStatus> status = statusSelect(person.personId(), person.name());
                status.setValue(person.status());
                choices.put(person.personId(), status);
                row.add(status);
            } else {
                row.add(new Badge(person.status() == null ? "Not recorded" : person.status().label(),
                        person.status() == AttendanceStatus.PRESENT ? Badge.Tone.DONE : Badge.Tone.NEUTRAL));
            }
            section.add(row);
        }
        if (meeting.alsoAttending() != null && !meeting.mayRecord()) {
            section.add(new Paragraph("Also in attendance: " + meeting.alsoAttending()));
        }
        if (!meeting.mayRecord()) {
            return section;
        }
        ComboBox<PersonOption> other = new ComboBox<>("Add someone else from the INT");
        other.setItems(meeting.people().stream().filter(p -> !choices.containsKey(p.id())).toList());
        other.setItemLabelGenerator(PersonOption::label);
        other.setId("attendance-add-person");
        Div added = new Div();
        other.addValueChangeListener(e -> {
            if (e.getValue() != null && !choices.containsKey(e.getValue().id())) {
                Select<AttendanceStatus> status = statusSelect(e.getValue().id(), e.getValue().name());
                status.setValue(AttendanceStatus.PRESENT);
                choices.put(e.getValue().id(), status);
                Div row = new Div(new Span(e.getValue().label() + " "), status);
                row.addClassName("timeline-entry");
                added.add(row);
                other.clear();
            }
        });
        TextArea also = new TextArea("Also in attendance");
        also.setHelperText("Anyone else: guests, observers, officers. One a line.");
        also.setValue(Objects.requireNonNullElse(meeting.alsoAttending(), ""));
        also.setId("attendance-also");
        CharacterLimit.apply(also, MeetingLimits.ALSO_ATTENDING);
        Paragraph problem = problem("attendance-problem");
        Button save = new Button("Save attendance", e -> attempt(problem, () -> {
            Map<Long, AttendanceStatus> statuses = new HashMap<>();
            choices.forEach((person, select) -> statuses.put(person, select.getValue()));
            meetings.recordAttendance(id, statuses, also.getValue());
        }, "Attendance saved."));
        save.setId("attendance-save");
        section.add(added, other, also, problem, save);
        return section;
    }

    private static Select<AttendanceStatus> statusSelect(long personId, String name) {
        Select<AttendanceStatus> status = new Select<>();
        status.setId("attendance-" + personId);
        status.setItems(AttendanceStatus.values());
        status.setItemLabelGenerator(AttendanceStatus::label);
        status.setPlaceholder("Not recorded");
        status.setAriaLabel("Attendance of " + name);
        return status;
    }

    // ---- agenda, declarations, decisions -----------------------------------------------------------------------------

    private Component agenda(MeetingDetails meeting) {
        Div section = section("Agenda, declarations and decisions", "meeting-agenda");
        List<PersonOption> present = new ArrayList<>();
        meeting.attendance().stream().filter(a -> a.status() == AttendanceStatus.PRESENT)
                .forEach(a -> present.add(new PersonOption(a.personId(), a.name(), a.organisation())));
        for (MeetingDetails.ItemView item : meeting.items()) {
            Div block = new Div();
            block.setId("item-" + item.position());
            block.addClassName("portal-card");
            block.add(new H4(item.position() + ". " + item.title()));
            if (item.aboutOrganisation() != null) {
                Div about = new Div("About " + item.aboutOrganisation()
                        + ": its people have an interest to declare.");
                about.addClassName("portal-muted");
                block.add(about);
            }
            for (MeetingDetails.DeclarationView d : item.declarations()) {
                block.add(new Paragraph("Declared interest: " + d.person() + ", " + d.interest() + " "
                        + d.action().label() + "."));
            }
            for (MeetingDetails.DecisionView d : item.decisions()) {
                block.add(decision(d));
            }
            if (meeting.mayRecord()) {
                block.add(declarationForm(item, present), decisionForm(item, meeting.held()));
                if (meeting.held() && !meeting.awaitingRatification().isEmpty()) {
                    block.add(ratificationForm(item, meeting.awaitingRatification()));
                }
            }
            section.add(block);
        }
        if (meeting.items().isEmpty()) {
            section.add(new Paragraph("No agenda items yet."));
        }
        if (meeting.mayRecord()) {
            TextField title = new TextField("New agenda item");
            title.setId("item-title");
            CharacterLimit.apply(title, MeetingLimits.ITEM_TITLE);
            ComboBox<OrganisationSummary> about = new ComboBox<>("About an organisation (optional)");
            about.setItems(meeting.organisations());
            about.setItemLabelGenerator(OrganisationSummary::name);
            about.setClearButtonVisible(true);
            about.setId("item-about");
            Paragraph problem = problem("item-problem");
            Button add = new Button("Add the item", VaadinIcon.PLUS.create(), e -> attempt(problem,
                    () -> meetings.addItem(id, title.getValue(),
                            about.getValue() == null ? null : about.getValue().id()), "Item added."));
            add.setId("item-add");
            FormLayout form = new FormLayout(title, about);
            section.add(form, problem, add);
        }
        return section;
    }

    private Component decision(MeetingDetails.DecisionView d) {
        QuorumCheck.Outcome check = d.check();
        Div line = new Div();
        line.addClassName("timeline-entry");
        line.addClassName("meeting-decision");
        line.setId("decision-" + d.id());
        Div what = new Div("Decision: " + d.decision());
        what.getStyle().set("font-weight", "600");
        line.add(what, new Div(d.method().label() + (d.votes() == null ? "" : " (" + d.votes() + ")") + "."));
        Div flags = new Div();
        flags.add(new Badge(!check.torInForce() ? "No ToR in force" : check.quorate() ? "Quorate" : "Not quorate",
                check.torInForce() && check.quorate() ? Badge.Tone.DONE : Badge.Tone.OVERDUE));
        if (!check.conflicts().isEmpty()) {
            flags.add(new Span(" "), new Badge("Conflict of interest", Badge.Tone.OVERDUE));
        }
        if (check.flagged()) {
            flags.add(new Span(" "), new Badge("Flagged", Badge.Tone.OVERDUE));
        }
        line.add(flags, new Div(check.quorumInWords()));
        check.conflicts().forEach(c -> line.add(new Div(c)));
        if (d.flagNote() != null) {
            line.add(new Div("How the group will deal with it: " + d.flagNote()));
        }
        if (d.ratifies() != null) {
            Div about = new Div(new Span(d.ratifies().outcome().label() + " a flagged decision of "),
                    meetingLink(d.ratifies().meeting()), new Span(check.flagged()
                    ? ". This ratification is flagged itself, so the earlier decision stays flagged." : "."));
            about.addClassName("meeting-ratifies");
            line.add(about);
        }
        if (d.settled() != null) {
            Div settled = new Div(new Badge(d.settled().outcome().label(), d.settled().outcome()
                    == org.neighbourhoodportal.governance.Ratification.RATIFIED ? Badge.Tone.DONE : Badge.Tone.NEUTRAL),
                    new Span(" " + capitalised(d.settled().inWords()) + ": "), meetingLink(d.settled().at()));
            settled.addClassName("meeting-settled");
            line.add(settled);
        }
        return line;
    }

    /** A link to another meeting of the group, by its title and date. */
    static Anchor meetingLink(MeetingDetails.MeetingRef meeting) {
        Anchor link = new Anchor(MeetingService.route(meeting.id()), meeting.title() + ", "
                + Formats.day(meeting.startsAt()));
        link.getStyle().set("text-decoration", "underline"); // within a sentence: not told apart by colour alone
        return link;
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Component ratificationForm(MeetingDetails.ItemView item,
                                       List<MeetingDetails.FlaggedDecision> awaiting) {
        String key = "item-" + item.position() + "-";
        Select<MeetingDetails.FlaggedDecision> which = new Select<>();
        which.setLabel("The flagged decision");
        which.setItems(awaiting);
        which.setItemLabelGenerator(f -> Formats.day(f.meeting().startsAt()) + ": " + f.decision());
        which.setId(key + "ratify-decision");
        which.setWidthFull();
        Select<org.neighbourhoodportal.governance.Ratification> outcome = new Select<>();
        outcome.setLabel("What this meeting decided");
        outcome.setItems(org.neighbourhoodportal.governance.Ratification.values());
        outcome.setItemLabelGenerator(org.neighbourhoodportal.governance.Ratification::label);
        outcome.setValue(org.neighbourhoodportal.governance.Ratification.RATIFIED);
        outcome.setId(key + "ratify-outcome");
        Select<DecisionMethod> method = new Select<>();
        method.setLabel("How it was decided");
        method.setItems(DecisionMethod.values());
        method.setItemLabelGenerator(DecisionMethod::label);
        method.setValue(DecisionMethod.CONSENSUS);
        method.setId(key + "ratify-method");
        TextField votes = new TextField("Votes (if a vote)");
        votes.setId(key + "ratify-votes");
        CharacterLimit.apply(votes, MeetingLimits.VOTES);
        TextArea note = new TextArea("If this meeting is not quorate either: how the group will deal with it");
        note.setHelperText("A ratification is itself a decision of this meeting. If it is flagged, the earlier "
                + "decision stays flagged.");
        note.setId(key + "ratify-note");
        CharacterLimit.apply(note, MeetingLimits.FLAG_NOTE);
        Paragraph problem = problem(key + "ratify-problem");
        Button save = new Button("Record the ratification", e -> attempt(problem, () -> {
            if (which.getValue() == null) {
                throw new org.neighbourhoodportal.governance.MeetingRefusedException(
                        "Choose the flagged decision this meeting ratified or rejected.");
            }
            meetings.ratify(id, item.id(), which.getValue().id(), outcome.getValue(), method.getValue(),
                    votes.getValue(), note.getValue());
        }, "Ratification recorded."));
        save.setId(key + "ratify-save");
        FormLayout form = new FormLayout(which, outcome, method, votes, note);
        form.setColspan(which, 2);
        form.setColspan(note, 2);
        return details("Ratify or reject a flagged decision of an earlier meeting", new Div(form, problem, save));
    }

    private Component declarationForm(MeetingDetails.ItemView item, List<PersonOption> present) {
        String key = "item-" + item.position() + "-";
        ComboBox<PersonOption> person = new ComboBox<>("Who declared an interest");
        person.setItems(present);
        person.setItemLabelGenerator(PersonOption::label);
        person.setHelperText("Only people recorded as present.");
        person.setId(key + "declare-person");
        TextField interest = new TextField("Their interest");
        interest.setId(key + "declare-interest");
        CharacterLimit.apply(interest, MeetingLimits.INTEREST);
        Select<InterestAction> action = new Select<>();
        action.setLabel("What they did");
        action.setItems(InterestAction.values());
        action.setItemLabelGenerator(InterestAction::label);
        action.setId(key + "declare-action");
        Paragraph problem = problem(key + "declare-problem");
        Button save = new Button("Record the declaration", e -> attempt(problem, () -> {
            if (person.getValue() == null) {
                throw new org.neighbourhoodportal.governance.MeetingRefusedException("Choose who declared it.");
            }
            meetings.declare(id, item.id(), person.getValue().id(), interest.getValue(), action.getValue());
        }, "Declaration recorded."));
        save.setId(key + "declare-save");
        FormLayout form = new FormLayout(person, interest, action);
        return details("Record a declaration of interest", new Div(form, problem, save));
    }

    private Component decisionForm(MeetingDetails.ItemView item, boolean held) {
        String key = "item-" + item.position() + "-";
        TextArea text = new TextArea("The decision");
        text.setId(key + "decision-text");
        CharacterLimit.apply(text, MeetingLimits.DECISION);
        Select<DecisionMethod> method = new Select<>();
        method.setLabel("How it was decided");
        method.setItems(DecisionMethod.values());
        method.setItemLabelGenerator(DecisionMethod::label);
        method.setValue(DecisionMethod.CONSENSUS);
        method.setId(key + "decision-method");
        TextField votes = new TextField("Votes (if a vote)");
        votes.setPlaceholder("For 5, against 1, abstained 0");
        votes.setId(key + "decision-votes");
        CharacterLimit.apply(votes, MeetingLimits.VOTES);
        TextArea note = new TextArea("If it is flagged: how the group will deal with it");
        note.setHelperText("Needed only when the decision was not quorate or had a conflict of interest, for example "
                + "\"to be ratified at the next quorate meeting\".");
        note.setId(key + "decision-note");
        CharacterLimit.apply(note, MeetingLimits.FLAG_NOTE);
        Paragraph problem = problem(key + "decision-problem");
        Button check = new Button("Check the quorum", e -> {
            try {
                QuorumCheck.Outcome outcome = meetings.checkItem(id, item.id());
                problem.setText(outcome.quorumInWords() + (outcome.conflicts().isEmpty() ? ""
                        : " " + String.join(" ", outcome.conflicts())));
                problem.setVisible(true);
            } catch (RuntimeException refused) {
                problem.setText(MeetingMessages.of(refused));
                problem.setVisible(true);
            }
        });
        check.setId(key + "decision-check");
        Button save = new Button("Record the decision", e -> attempt(problem, () -> meetings.decide(id, item.id(),
                text.getValue(), method.getValue(), votes.getValue(), note.getValue()), "Decision recorded."));
        save.setId(key + "decision-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(held);
        FormLayout form = new FormLayout(text, method, votes, note);
        form.setColspan(text, 2);
        form.setColspan(note, 2);
        Div content = new Div(form, problem, new Div(check, save));
        if (!held) {
            content.add(new Paragraph("Decisions are recorded once the meeting has started."));
        }
        return details("Record a decision", content);
    }

    // ---- minutes -----------------------------------------------------------------------------------------------------

    private Component minutes(MeetingDetails meeting) {
        Div section = section("Minutes", "meeting-minutes");
        Badge status = new Badge(meeting.minutesStatus().label(), meeting.minutesStatus() == MinutesStatus.AGREED
                ? Badge.Tone.DONE : Badge.Tone.WAITING);
        status.setId("minutes-status");
        section.add(status);
        if (meeting.minutesAgreedAt() != null) {
            section.add(new Paragraph("Agreed at " + meeting.minutesAgreedAt().title() + ", "
                    + Formats.day(meeting.minutesAgreedAt().startsAt()) + "."));
        }
        meeting.minutesAgreedHere().forEach(m -> section.add(new Paragraph("The minutes of " + m.title() + ", "
                + Formats.day(m.startsAt()) + ", were agreed at this meeting.")));
        if (!meeting.mayRecord() || meeting.minutesStatus() == MinutesStatus.AGREED) {
            if (meeting.minutes() != null) {
                meeting.minutes().lines().forEach(l -> section.add(new Paragraph(l)));
            }
            return section;
        }
        TextArea text = new TextArea("Draft minutes");
        text.setWidthFull();
        text.setValue(Objects.requireNonNullElse(meeting.minutes(), ""));
        text.setId("minutes-text");
        CharacterLimit.apply(text, MeetingLimits.MINUTES);
        Paragraph problem = problem("minutes-problem");
        Button save = new Button("Save the draft minutes", e -> attempt(problem,
                () -> meetings.saveMinutes(id, text.getValue()), "Draft minutes saved."));
        save.setId("minutes-save");
        section.add(text, problem, save);
        if (meeting.minutesStatus() == MinutesStatus.DRAFT && !meeting.laterMeetings().isEmpty()) {
            Select<MeetingDetails.MeetingRef> at = new Select<>();
            at.setLabel("Agreed at");
            at.setItems(meeting.laterMeetings());
            at.setItemLabelGenerator(m -> m.title() + ", " + Formats.day(m.startsAt()));
            at.setId("minutes-agreed-at");
            Button agree = new Button("Record the minutes as agreed", e -> attempt(problem, () -> {
                if (at.getValue() == null) {
                    throw new org.neighbourhoodportal.governance.MeetingRefusedException(
                            "Choose the meeting that agreed them.");
                }
                meetings.agreeMinutes(id, at.getValue().id());
            }, "Minutes recorded as agreed."));
            agree.setId("minutes-agree");
            section.add(at, agree);
        }
        return section;
    }

    // ---- actions -----------------------------------------------------------------------------------------------------

    private Component actions(MeetingDetails meeting) {
        Div section = section("Actions", "meeting-actions");
        for (MeetingDetails.ActionView a : meeting.actions()) {
            Div row = new Div();
            row.addClassName("timeline-entry");
            row.add(new Div(a.description()));
            Div facts = new Div(a.owner() + " · due " + Formats.day(a.dueOn()) + (a.item() == null ? ""
                    : " · from \"" + a.item() + "\"") + (a.priority() == null ? ""
                    : " · work plan priority: " + a.priority()));
            facts.addClassName("when");
            row.add(facts, new Badge(a.done() ? "Done" : "Open", a.done() ? Badge.Tone.DONE : Badge.Tone.WAITING));
            if (a.mayMarkDone()) {
                Button done = new Button("Mark done", e -> attempt(null, () -> meetings.actionDone(a.id()),
                        "Action marked done."));
                done.setId("action-done-" + a.id());
                done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(done);
            }
            section.add(row);
        }
        if (meeting.actions().isEmpty()) {
            section.add(new Paragraph("No actions yet."));
        }
        if (!meeting.mayRecord()) {
            return section;
        }
        TextField text = new TextField("Action");
        text.setId("new-action-text");
        CharacterLimit.apply(text, MeetingLimits.ACTION);
        ComboBox<PersonOption> owner = new ComboBox<>("Owner");
        owner.setItems(meeting.people());
        owner.setItemLabelGenerator(PersonOption::label);
        owner.setId("new-action-owner");
        DatePicker due = new DatePicker("Due");
        due.setLocale(Locale.UK);
        due.setId("new-action-due");
        Select<MeetingDetails.ItemView> item = new Select<>();
        item.setLabel("From agenda item (optional)");
        item.setItems(meeting.items());
        item.setEmptySelectionAllowed(true);
        item.setItemLabelGenerator(i -> i == null ? "None" : i.position() + ". " + i.title());
        item.setId("new-action-item");
        ComboBox<Option> priority = new ComboBox<>("Work plan priority (optional)");
        priority.setItems(meeting.priorities());
        priority.setItemLabelGenerator(Option::label);
        priority.setClearButtonVisible(true);
        priority.setId("new-action-priority");
        Paragraph problem = problem("new-action-problem");
        Button add = new Button("Add the action", VaadinIcon.PLUS.create(), e -> attempt(problem,
                () -> meetings.addAction(id, item.getValue() == null ? null : item.getValue().id(), text.getValue(),
                        owner.getValue() == null ? null : owner.getValue().id(), due.getValue(),
                        priority.getValue() == null ? null : Long.valueOf(priority.getValue().value())),
                "Action added."));
        add.setId("new-action-add");
        FormLayout form = new FormLayout(text, owner, due, item, priority);
        form.setColspan(text, 2);
        section.add(form, problem, add);
        return section;
    }

    // ----------------------------------------------------------------

    /** The board pack is made when it is asked for, through the same access check as the page. */
    private Anchor boardPack() {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            MeetingDocument pack = meetings.boardPack(id);
            return new DownloadResponse(new ByteArrayInputStream(pack.content()), pack.fileName(),
                    pack.contentType(), pack.content().length);
        }), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create());
        link.add(" Download the board pack (.docx)");
        link.setId("download-board-pack");
        return link;
    }

    /** Runs a save; on success reloads the page's content, on refusal says why beside the form and keeps the text. */
    private void attempt(Paragraph problem, Runnable save, String saved) {
        try {
            save.run();
        } catch (RuntimeException refused) {
            if (problem == null) {
                com.vaadin.flow.component.notification.Notification.show(MeetingMessages.of(refused), 6000,
                        com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
            } else {
                problem.setText(MeetingMessages.of(refused));
                problem.setVisible(true);
            }
            return;
        }
        MeetingMessages.saved(saved);
        show();
    }

    private static Div section(String heading, String id) {
        Div section = new Div();
        section.setWidthFull();
        section.setId(id);
        section.add(new H3(heading));
        return section;
    }

    private static Component details(String summary, Component content) {
        com.vaadin.flow.component.details.Details details = new com.vaadin.flow.component.details.Details(summary,
                content);
        details.setWidthFull();
        return details;
    }

    private static Paragraph problem(String id) {
        Paragraph problem = new Paragraph();
        problem.setId(id);
        problem.getElement().setAttribute("role", "status");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        return problem;
    }
}
