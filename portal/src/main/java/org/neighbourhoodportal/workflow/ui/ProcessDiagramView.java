package org.neighbourhoodportal.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.neighbourhoodportal.workflow.ProcessDiagram;

/**
 * A record's process drawn with bpmn-js's viewer, the steps it is at now highlighted, and the same in words first:
 * the picture is announced as an image with that sentence, and the sentence is on the page for everyone.
 */
public class ProcessDiagramView extends Div {

    /** How to read the picture, under the sentence that says where the record is. */
    static final String HOW_TO_READ = "The step it is at now has a thick blue outline. A diagram wider than your screen "
            + "scrolls sideways.";

    public ProcessDiagramView(ProcessDiagram diagram) {
        setId("process-diagram");
        setWidthFull();
        String inWords = inWords(diagram.currentNames());
        Paragraph words = new Paragraph(inWords);
        words.setId("process-diagram-now");
        Paragraph key = new Paragraph(HOW_TO_READ);
        key.setId("process-diagram-key");
        key.addClassName("portal-hint");
        Picture picture = new Picture(diagram, "The steps as a diagram. " + inWords);
        add(words, key, picture);
    }

    /** The text alternative: where the record is now, in plain words. */
    static String inWords(List<String> currentNames) {
        return currentNames.isEmpty() ? "Nothing is waiting: every step is done."
                : "Now at the highlighted step" + (currentNames.size() > 1 ? "s" : "") + ": "
                        + String.join("; ", currentNames) + ".";
    }

    /** The bpmn-js viewer element. */
    @Tag("portal-process-diagram")
    @NpmPackage(value = "bpmn-js", version = "18.6.2")
    @JsModule("./components/portal-process-diagram.js")
    static class Picture extends Component {

        Picture(ProcessDiagram diagram, String summary) {
            getElement().setAttribute("role", "img");
            getElement().setAttribute("aria-label", summary);
            getElement().setProperty("xml", diagram.bpmnXml());
            getElement().setProperty("current", toJson(diagram.currentSteps()));
            getElement().getStyle().set("width", "100%");
        }

        private static String toJson(List<String> ids) {
            StringBuilder json = new StringBuilder("[");
            for (String id : ids) {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append('"').append(id.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            return json.append(']').toString();
        }
    }
}
