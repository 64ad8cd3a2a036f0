package org.neighbourhoodportal.consultation.ui;

import static org.neighbourhoodportal.consultation.ConsultationLimits.*;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.consultation.ConsultationDetails;
import org.neighbourhoodportal.consultation.ConsultationResults;
import org.neighbourhoodportal.consultation.ConsultationService;
import org.neighbourhoodportal.consultation.ThemeDraft;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.workflow.StartOutcome;

/** The lead codes the responses into themes, each with the INT's response, before publishing the outcome. */
class ThemesPanel extends VerticalLayout {

    ThemesPanel(ConsultationService consultations, long id, Runnable changed) {
        setPadding(false);
        setId("themes-panel");
        add(new H3("Code the responses into themes"));
        add(new Paragraph("For each theme, say what respondents said and what the INT did about it. Then publish the "
                + "outcome from your task: every respondent is told."));
        ConsultationDetails details = consultations.details(id);
        for (ConsultationDetails.ThemeView theme : details.outcome() == null ? java.util.List.<ConsultationDetails.ThemeView>of()
                : details.outcome().themes()) {
            Div line = new Div(new Div(theme.title() + ": " + theme.intResponse()));
            Button remove = new Button("Remove", e -> {
                consultations.removeTheme(theme.id());
                changed.run();
            });
            remove.getElement().setAttribute("aria-label", "Remove the theme " + theme.title());
            line.add(remove);
            add(line);
        }
        ConsultationResults results = consultations.results(id);
        TextField title = new TextField("Theme");
        title.setMaxLength(THEME_TITLE_LENGTH);
        TextArea said = new TextArea("What respondents said");
        said.setMaxLength(THEME_TEXT_LENGTH);
        said.setWidthFull();
        TextArea response = new TextArea("The INT's response: what it did, or why not");
        response.setMaxLength(THEME_TEXT_LENGTH);
        response.setWidthFull();
        CheckboxGroup<ConsultationResults.ResponseRow> raisedBy = new CheckboxGroup<>("Raised by");
        raisedBy.setItems(results.responses());
        raisedBy.setItemLabelGenerator(ConsultationResults.ResponseRow::partyName);
        Div problems = new Div();
        problems.addClassName("portal-error");
        Button add = new Button("Add the theme", e -> {
            problems.removeAll();
            Set<Long> ids = raisedBy.getValue().stream().map(ConsultationResults.ResponseRow::responseId)
                    .collect(Collectors.toSet());
            StartOutcome outcome = consultations.addTheme(id, new ThemeDraft(title.getValue(), said.getValue(),
                    response.getValue(), ids));
            if (outcome.isSaved()) {
                changed.run();
                return;
            }
            for (FieldError error : outcome.errors()) {
                problems.add(new Paragraph(error.label() + ": " + error.message()));
            }
        });
        add.setId("add-theme");
        title.setId("theme-title");
        said.setId("theme-said");
        response.setId("theme-response");
        raisedBy.setId("theme-raised-by");
        add(title, said, response, raisedBy, problems, add);
    }
}
