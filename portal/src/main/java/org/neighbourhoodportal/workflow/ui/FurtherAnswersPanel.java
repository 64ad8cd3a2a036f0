package org.neighbourhoodportal.workflow.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.workflow.FurtherAnswer;

/**
 * A record's further answers (fields added to a form that no feature keeps itself), each with its label, who gave it
 * and when, oldest first. Shows nothing when there are none. Any record page can add it under its own details.
 */
public class FurtherAnswersPanel extends Div {

    public FurtherAnswersPanel(List<FurtherAnswer> answers) {
        setId("further-answers");
        if (answers.isEmpty()) {
            setVisible(false);
            return;
        }
        add(new H3("Other answers given along the way"));
        for (FurtherAnswer answer : answers) {
            Div line = new Div();
            line.addClassName("timeline-entry");
            Div label = new Div(answer.label());
            label.getStyle().set("font-weight", "600");
            Div words = new Div(answer.answer());
            words.addClassName("detail");
            words.getStyle().set("white-space", "pre-line");
            Div when = new Div(answer.taskName() + " · " + Formats.dayTime(answer.answeredAt()) + " · "
                    + answer.answeredBy());
            when.addClassName("when");
            line.add(label, words, when);
            add(line);
        }
    }
}
