package org.neighbourhoodportal.maturity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.neighbourhoodportal.maturity.AssessmentDetails;
import org.neighbourhoodportal.maturity.Stage;

/**
 * Current against target stage for each domain, as a row of stage boxes: filled up to where the team is now, outlined
 * up to where it aims to be. The words are always there too ("Now Step 1, aiming for Step 2"), so the chart reads the
 * same without colour.
 */
class StageChart extends Div {

    StageChart(List<Stage> stages, List<AssessmentDetails.DomainRow> domains) {
        setId("maturity-chart");
        getStyle().set("display", "grid").set("gap", "0.5rem").set("margin", "0.5rem 0 1rem");
        for (AssessmentDetails.DomainRow row : domains) {
            Div line = new Div();
            line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                    .set("gap", "0.5rem");
            Span name = new Span(row.domain());
            name.getStyle().set("flex", "1 1 16rem").set("font-weight", "600");
            Div boxes = new Div();
            boxes.getStyle().set("display", "flex").set("gap", "2px");
            boxes.getElement().setAttribute("aria-hidden", "true");
            for (Stage stage : stages) {
                Div box = new Div();
                box.setText(stage.label());
                box.getStyle().set("width", "4.5rem").set("text-align", "center").set("font-size", "0.75rem")
                        .set("padding", "0.15rem 0").set("border", "2px solid #005eb8").set("border-radius", "3px");
                if (row.current() != null && stage.order() <= row.current().order()) {
                    box.getStyle().set("background", "#005eb8").set("color", "#fff");
                } else if (row.target() != null && stage.order() <= row.target().order()) {
                    box.getStyle().set("background", "#fff").set("color", "#003087").set("border-style", "dashed");
                } else {
                    box.getStyle().set("background", "#f0f4f5").set("color", "#425563").set("border-color", "#aeb7bd");
                }
                boxes.add(box);
            }
            Span words = new Span(row.current() == null ? "Not recorded yet"
                    : "Now " + row.current().label() + ", aiming for " + row.target().label());
            words.getStyle().set("flex", "1 1 12rem");
            line.add(name, boxes, words);
            add(line);
        }
    }
}
