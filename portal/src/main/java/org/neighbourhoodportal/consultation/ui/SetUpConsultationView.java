package org.neighbourhoodportal.consultation.ui;

import static org.neighbourhoodportal.consultation.ConsultationLimits.*;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.component.html.Anchor;
import org.neighbourhoodportal.consultation.ConsultationDetails;
import org.neighbourhoodportal.consultation.ConsultationStatus;
import org.neighbourhoodportal.ui.RouteIds;
import org.springframework.beans.factory.annotation.Value;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.consultation.ConsultationAudience;
import org.neighbourhoodportal.consultation.ConsultationDraft;
import org.neighbourhoodportal.consultation.ConsultationService;
import org.neighbourhoodportal.consultation.QuestionKind;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.workflow.StartOutcome;

/**
 * Setting up a consultation: what it is, who consults, who is invited, the dates, why the proposal is still
 * formative, and its questions. Saved as a draft; documents, approval and launch are on its page. The same form
 * changes a draft ({@code consultations/<id>/edit}) until it is launched.
 */
@Route("consultations/new")
@RouteAlias("consultations/:consultationId/edit")
@PageTitle("Set up a consultation | Neighbourhood Portal")
@PermitAll
class SetUpConsultationView extends VerticalLayout implements BeforeEnterObserver {

    private static final String THE_INT = "The INT itself";

    private final ConsultationService consultations;
    private final Select<TeamSummary> team = new Select<>();
    private final Select<Object> consultedBy = new Select<>();
    private final TextField title = new TextField("Title");
    private final TextArea summary = new TextArea("Summary in plain English");
    private final Select<ConsultationAudience> audience = new Select<>();
    private final DatePicker opensOn = new DatePicker("Opens on");
    private final DatePicker closesOn = new DatePicker("Closes on");
    private final TextArea formative = new TextArea("Why the proposal can still change");
    private final TextArea shortReason = new TextArea("If open for less than 12 weeks: why");
    private final VerticalLayout questionList = new VerticalLayout();
    private final List<QuestionEditor> questions = new ArrayList<>();
    private final Div problems = new Div();
    private final Paragraph shortWarning = new Paragraph();
    private final H2 heading = new H2("Set up a consultation");
    private final int normWeeks;
    /** The draft being changed, or null for a new one. */
    private Long editing;

    SetUpConsultationView(ConsultationService consultations, DirectoryService directory, CurrentUser currentUser,
                          @Value("${portal.consultation.norm-weeks:12}") int normWeeks) {
        this.consultations = consultations;
        this.normWeeks = normWeeks;
        addClassName("portal-page");
        add(heading);
        add(new Paragraph("Consult while the proposal can still change, give people the papers they need, and allow "
                + "enough time: " + normWeeks + " weeks is the norm. Nothing is sent until an INT lead approves and launches it."));
        List<TeamSummary> teams = consultations.teamsICanConsultFor();
        Long myOrganisation = currentUser.require().organisationId();
        team.setLabel("For the INT");
        team.setItems(teams);
        team.setItemLabelGenerator(TeamSummary::name);
        consultedBy.setLabel("Who is consulting");
        consultedBy.setItemLabelGenerator(o -> o instanceof OrganisationSummary org ? org.name() + ", through the INT"
                : THE_INT);
        team.addValueChangeListener(e -> {
            List<Object> who = new ArrayList<>();
            if (e.getValue() != null) {
                boolean leads = currentUser.require().leads(e.getValue().id());
                if (leads) {
                    who.add(THE_INT);
                }
                directory.memberOrganisations(e.getValue().id()).stream()
                        .filter(o -> leads || Long.valueOf(o.id()).equals(myOrganisation)).forEach(who::add);
            }
            consultedBy.setItems(who);
            if (!who.isEmpty()) {
                consultedBy.setValue(who.get(0));
            }
        });
        if (!teams.isEmpty()) {
            team.setValue(teams.get(0));
        }
        title.setMaxLength(TITLE_LENGTH);
        title.setRequiredIndicatorVisible(true);
        summary.setMaxLength(SUMMARY_LENGTH);
        summary.setRequiredIndicatorVisible(true);
        audience.setLabel("Who is invited to respond");
        audience.setItems(ConsultationAudience.values());
        audience.setItemLabelGenerator(ConsultationAudience::label);
        audience.setValue(ConsultationAudience.BOTH);
        // the server's locale may be anyone's: dates are read and shown as in the UK (30/11/2026)
        opensOn.setLocale(java.util.Locale.UK);
        closesOn.setLocale(java.util.Locale.UK);
        opensOn.setValue(LocalDate.now(org.neighbourhoodportal.ui.Formats.zone()));
        closesOn.setValue(opensOn.getValue().plusWeeks(12));
        formative.setMaxLength(STATEMENT_LENGTH);
        formative.setHelperText("The Gunning principles: consult while proposals are still formative. Needed to launch.");
        shortReason.setMaxLength(STATEMENT_LENGTH);
        shortReason.setLabel("If open for less than " + normWeeks + " weeks: why");
        shortWarning.setId("setup-short-window");
        shortWarning.addClassName("portal-error");
        opensOn.addValueChangeListener(e -> warnIfShort());
        closesOn.addValueChangeListener(e -> warnIfShort());
        team.setId("setup-team");
        consultedBy.setId("setup-consulted-by");
        title.setId("setup-title");
        summary.setId("setup-summary");
        audience.setId("setup-audience");
        opensOn.setId("setup-opens-on");
        closesOn.setId("setup-closes-on");
        formative.setId("setup-formative");
        shortReason.setId("setup-short-reason");
        warnIfShort();
        FormLayout form = new FormLayout(team, consultedBy, title, audience, opensOn, closesOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        summary.setWidthFull();
        formative.setWidthFull();
        shortReason.setWidthFull();
        add(form, summary, formative, shortWarning, shortReason);

        add(new H3("Questions"));
        questionList.setPadding(false);
        add(questionList);
        addQuestion(QuestionKind.AGREEMENT);
        addQuestion(QuestionKind.FREE_TEXT);
        Button another = new Button("Add a question", e -> addQuestion(QuestionKind.FREE_TEXT));
        another.setId("add-question");
        problems.addClassName("portal-error");
        problems.setId("setup-problems");
        Button save = new Button("Save the consultation", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-consultation");
        add(another, problems, save);
    }

    /** Changing a draft: its set-up in the fields, saved over it; a launched one can no longer be changed. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get("consultationId").isEmpty()) {
            return;
        }
        long id = RouteIds.id(event, "consultationId", "That consultation does not exist.");
        ConsultationDetails c = consultations.details(id);
        if (!c.mayEdit()) {
            removeAll();
            add(new H2("Change the set-up"), new Paragraph(c.status() == ConsultationStatus.DRAFT
                    ? "Only the person who set this consultation up and the INT's leads can change it."
                    : "This consultation has been launched, so it can no longer be changed."),
                    new Anchor("consultations/" + id, "Back to the consultation"));
            return;
        }
        editing = id;
        heading.setText("Change the set-up: " + c.title());
        team.getListDataView().getItems().filter(t -> t.id() == c.teamId()).findFirst().ifPresent(team::setValue);
        team.setReadOnly(true);
        consultedBy.getListDataView().getItems().filter(o -> c.consultingOrgId() == null ? THE_INT.equals(o)
                : o instanceof OrganisationSummary org && org.id() == c.consultingOrgId()).findFirst()
                .ifPresent(consultedBy::setValue);
        title.setValue(c.title());
        summary.setValue(c.summary());
        audience.setValue(c.audience());
        opensOn.setValue(c.opensOn());
        closesOn.setValue(c.closesOn());
        formative.setValue(c.formativeStatement() == null ? "" : c.formativeStatement());
        shortReason.setValue(c.shortWindowReason() == null ? "" : c.shortWindowReason());
        new ArrayList<>(questions).forEach(this::removeQuestion);
        for (ConsultationDetails.QuestionView q : c.questions()) {
            addQuestion(q.kind()).load(q);
        }
    }

    /** Says so while the window is shorter than the norm: the launch checks will ask for the reason. */
    private void warnIfShort() {
        LocalDate from = opensOn.getValue();
        LocalDate to = closesOn.getValue();
        boolean isShort = from != null && to != null && to.isBefore(from.plusWeeks(normWeeks));
        shortWarning.setVisible(isShort);
        shortReason.setRequiredIndicatorVisible(isShort);
        if (isShort) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
            shortWarning.setText("Open for only " + (days / 7) + " weeks" + (days % 7 == 0 ? "" : " and "
                    + (days % 7) + (days % 7 == 1 ? " day" : " days")) + ": shorter than the norm of " + normWeeks
                    + " weeks. Say why below, or allow longer; without a reason it cannot be launched.");
        }
    }

    private QuestionEditor addQuestion(QuestionKind kind) {
        QuestionEditor editor = new QuestionEditor(kind, this::removeQuestion);
        questions.add(editor);
        questionList.add(editor);
        renumber();
        return editor;
    }

    private void removeQuestion(QuestionEditor editor) {
        questions.remove(editor);
        questionList.remove(editor);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).number(i + 1);
        }
    }

    private void save() {
        problems.removeAll();
        if (team.getValue() == null) {
            problems.add(new Paragraph("You do not lead or sit on an INT, so you cannot set up a consultation."));
            return;
        }
        Object who = consultedBy.getValue();
        ConsultationDraft draft = new ConsultationDraft(team.getValue().id(),
                who instanceof OrganisationSummary org ? org.id() : null, title.getValue(), summary.getValue(),
                audience.getValue(), opensOn.getValue(), closesOn.getValue(), formative.getValue(),
                shortReason.getValue(), questions.stream().map(QuestionEditor::draft).toList());
        StartOutcome outcome = editing == null ? consultations.create(draft) : saveChanges(editing, draft);
        if (outcome.isSaved()) {
            getUI().ifPresent(ui -> ui.navigate("consultations/" + outcome.recordId()));
            return;
        }
        Map<String, Component> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("summary", summary);
        fields.put("audience", audience);
        fields.put("opensOn", opensOn);
        fields.put("closesOn", closesOn);
        fields.put("formativeStatement", formative);
        fields.put("shortWindowReason", shortReason);
        for (int i = 0; i < questions.size(); i++) {
            fields.put("question" + (i + 1), questions.get(i).text());
        }
        for (FieldError error : outcome.errors()) {
            problems.add(new Paragraph(error.label() + ": " + error.message()));
            if (fields.get(error.key()) instanceof HasValidation field) {
                field.setInvalid(true);
                field.setErrorMessage(error.message());
            }
        }
    }

    private StartOutcome saveChanges(long id, ConsultationDraft draft) {
        List<FieldError> errors = consultations.update(id, draft);
        return errors.isEmpty() ? StartOutcome.saved(id) : StartOutcome.refused(errors);
    }

    /** One question: its kind, its words, its choices (one a line) and whether it must be answered. */
    static final class QuestionEditor extends VerticalLayout {

        private final Select<QuestionKind> kind = new Select<>();
        private final TextArea text = new TextArea();
        private final TextArea choices = new TextArea("Choices, one a line");
        private final Checkbox required = new Checkbox("Must be answered");

        QuestionEditor(QuestionKind start, java.util.function.Consumer<QuestionEditor> remove) {
            addClassName("portal-card");
            setPadding(true);
            kind.setLabel("Kind of question");
            kind.setItems(QuestionKind.values());
            kind.setItemLabelGenerator(QuestionKind::label);
            kind.addValueChangeListener(e -> choices.setVisible(e.getValue() != null && e.getValue().hasChoices()));
            kind.setValue(start);
            text.setMaxLength(QUESTION_LENGTH);
            text.setWidthFull();
            choices.setMaxLength(CHOICES_LENGTH);
            choices.setWidthFull();
            choices.setVisible(start.hasChoices());
            Button removeIt = new Button("Remove this question", e -> remove.accept(this));
            removeIt.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(kind, text, choices, required, removeIt);
        }

        void load(ConsultationDetails.QuestionView q) {
            kind.setValue(q.kind());
            text.setValue(q.question());
            choices.setValue(q.kind().hasChoices()
                    ? String.join("\n", q.choices()) : "");
            required.setValue(q.required());
        }

        void number(int n) {
            text.setLabel("Question " + n);
            kind.setId("question-kind-" + n);
            text.setId("question-text-" + n);
            choices.setId("question-choices-" + n);
            required.setId("question-required-" + n);
        }

        TextArea text() {
            return text;
        }

        ConsultationDraft.QuestionDraft draft() {
            return new ConsultationDraft.QuestionDraft(kind.getValue(), text.getValue(),
                    choices.getValue().lines().toList(), required.getValue());
        }
    }
}
