package org.neighbourhoodportal.consultation.ui;

import static org.neighbourhoodportal.consultation.ConsultationLimits.ANSWER_LENGTH;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.neighbourhoodportal.consultation.ConsultationDetails;
import org.neighbourhoodportal.consultation.ConsultationService;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.ui.Formats;

/**
 * One organisation's or PPG's response: a field per question by its kind (text, one choice, any choices, the
 * agreement scale, a ranking by positions). Its representatives draft it together; it is sent from its task. Once
 * sent, or once the consultation has closed, it is shown as it was sent.
 */
class ResponseForm extends VerticalLayout {

    private final Map<Long, Supplier<String>> values = new LinkedHashMap<>();
    private final Map<Long, Component> fields = new HashMap<>();

    ResponseForm(ConsultationService consultations, ConsultationDetails c, ConsultationDetails.ResponseView mine,
                 Runnable saved) {
        setPadding(false);
        setId("response-" + mine.id());
        add(new H3("Your response for " + mine.partyName()));
        Div status = new Div(mine.status().label() + (mine.sentAt() != null ? " by " + mine.sentBy() + " on "
                + Formats.dayTime(mine.sentAt()) : mine.lastChangedAt() != null ? ": last changed by "
                + mine.lastChangedBy() + " on " + Formats.dayTime(mine.lastChangedAt()) : ""));
        status.addClassName("portal-muted");
        add(status);
        for (ConsultationDetails.QuestionView q : c.questions()) {
            String label = q.number() + ". " + q.question() + (q.required() ? " (must be answered)" : "");
            String answer = mine.answers().get(q.id());
            if (!mine.mayChange()) {
                Div shown = new Div();
                shown.add(new Paragraph(label));
                Paragraph a = new Paragraph(answer == null ? "Not answered" : answer.replace("\n", ", "));
                a.addClassName("portal-muted");
                shown.add(a);
                add(shown);
                continue;
            }
            Component field = switch (q.kind()) {
                case FREE_TEXT -> {
                    TextArea text = new TextArea(label);
                    text.setMaxLength(ANSWER_LENGTH);
                    text.setWidthFull();
                    text.setValue(answer == null ? "" : answer);
                    values.put(q.id(), text::getValue);
                    yield text;
                }
                case SINGLE_CHOICE, AGREEMENT -> {
                    RadioButtonGroup<String> one = new RadioButtonGroup<>(label);
                    one.setItems(q.choices());
                    if (answer != null) one.setValue(answer);
                    values.put(q.id(), () -> one.getValue() == null ? "" : one.getValue());
                    yield one;
                }
                case MULTIPLE_CHOICE -> {
                    CheckboxGroup<String> any = new CheckboxGroup<>(label);
                    any.setItems(q.choices());
                    if (answer != null) any.setValue(new LinkedHashSet<>(answer.lines().toList()));
                    values.put(q.id(), () -> String.join("\n", q.choices().stream()
                            .filter(any.getValue()::contains).toList()));
                    yield any;
                }
                case RANKING -> {
                    Div ranking = new Div(new Paragraph(label + ": choose what comes first, second, and so on"));
                    List<Select<String>> places = new ArrayList<>();
                    List<String> had = answer == null ? List.of() : answer.lines().toList();
                    for (int i = 0; i < q.choices().size(); i++) {
                        Select<String> place = new Select<>();
                        place.setLabel(ordinal(i + 1));
                        place.setItems(q.choices());
                        if (i < had.size()) place.setValue(had.get(i));
                        places.add(place);
                        ranking.add(place);
                    }
                    values.put(q.id(), () -> places.stream().allMatch(p -> p.getValue() == null) ? ""
                            : String.join("\n", places.stream().map(p -> p.getValue() == null ? "" : p.getValue())
                            .toList()));
                    yield ranking;
                }
            };
            fields.put(q.id(), field);
            add(field);
        }
        if (mine.mayChange()) {
            Div problems = new Div();
            problems.addClassName("portal-error");
            Button save = new Button("Save the draft", e -> {
                problems.removeAll();
                Map<Long, String> answers = new HashMap<>();
                values.forEach((id, value) -> answers.put(id, value.get()));
                List<FieldError> errors = consultations.saveAnswers(mine.id(), answers);
                if (errors.isEmpty()) {
                    Notification.show("Saved. Your colleagues see this draft; send it from your task when ready.");
                    saved.run();
                    return;
                }
                for (FieldError error : errors) {
                    problems.add(new Paragraph(error.label() + ": " + error.message()));
                    Component field = fields.get(Long.valueOf(error.key().substring("question".length())));
                    if (field instanceof HasValidation v) {
                        v.setInvalid(true);
                        v.setErrorMessage(error.message());
                    }
                }
            });
            save.setId("save-response-" + mine.id());
            add(problems, save, new Paragraph("When everyone is happy with it, send it with the task \"Respond to "
                    + "the consultation\" above: one response goes for " + mine.partyName() + "."));
        }
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "First";
            case 2 -> "Second";
            case 3 -> "Third";
            default -> n + "th";
        };
    }
}
