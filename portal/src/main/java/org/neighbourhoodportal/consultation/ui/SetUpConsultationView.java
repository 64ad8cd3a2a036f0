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
import com.vaadin.flow.router.Route;
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
 * formative, and its questions. Saved as a draft; documents, approval and launch are on its page.
 */
@Route("consultations/new")
@PageTitle("Set up a consultation | Neighbourhood Portal")
@PermitAll
class SetUpConsultationView extends VerticalLayout {

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

    SetUpConsultationView(ConsultationService consultations, DirectoryService directory, CurrentUser currentUser) {
        this.consultations = consultations;
        addClassName("portal-page");
        add(new H2("Set up a consultation"));
        add(new Paragraph("Consult while the proposal can still change, give people the papers they need, and allow "
                + "enough time: 12 weeks is the norm. Nothing is sent until an INT lead approves and launches it."));
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
        opensOn.setValue(LocalDate.now(org.neighbourhoodportal.ui.Formats.zone()));
        closesOn.setValue(opensOn.getValue().plusWeeks(12));
        formative.setMaxLength(STATEMENT_LENGTH);
        formative.setHelperText("The Gunning principles: consult while proposals are still formative. Needed to launch.");
        shortReason.setMaxLength(STATEMENT_LENGTH);
        FormLayout form = new FormLayout(team, consultedBy, title, audience, opensOn, closesOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        summary.setWidthFull();
        formative.setWidthFull();
        shortReason.setWidthFull();
        add(form, summary, formative, shortReason);

        add(new H3("Questions"));
        questionList.setPadding(false);
        add(questionList);
        addQuestion(QuestionKind.AGREEMENT);
        addQuestion(QuestionKind.FREE_TEXT);
        Button another = new Button("Add a question", e -> addQuestion(QuestionKind.FREE_TEXT));
        problems.addClassName("portal-error");
        problems.setId("setup-problems");
        Button save = new Button("Save the consultation", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-consultation");
        add(another, problems, save);
    }

    private void addQuestion(QuestionKind kind) {
        QuestionEditor editor = new QuestionEditor(kind, this::removeQuestion);
        questions.add(editor);
        questionList.add(editor);
        renumber();
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
        StartOutcome outcome = consultations.create(draft);
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

        void number(int n) {
            text.setLabel("Question " + n);
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
