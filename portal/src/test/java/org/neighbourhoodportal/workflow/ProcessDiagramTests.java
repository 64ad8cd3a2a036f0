package org.neighbourhoodportal.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.neighbourhoodportal.support.ViewTest;
import org.neighbourhoodportal.workflow.ui.ProcessDiagramView;

/** A feedback page can show the loop as a diagram with where the item is now, and says the same in words. */
class ProcessDiagramTests extends ViewTest {

    @Test
    void the_diagram_is_shown_on_request_with_the_current_step_highlighted_and_said_in_words() {
        long id = loop.submitAsPpg("Diagram: waiting");
        signIn.as(LEAD);
        navigate("feedback/" + id);
        assertThat(_find(ProcessDiagramView.class)).as("not drawn until asked for").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("show-diagram")));

        ProcessDiagramView view = _get(ProcessDiagramView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("process-diagram-now")).getText())
                .isEqualTo("Now at the highlighted step: Acknowledge the feedback.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("process-diagram-key")).getText())
                .as("how to read the marking, and that a wide diagram scrolls").contains("thick blue outline")
                .contains("scrolls sideways");
        var picture = view.getChildren().filter(c -> c.getElement().getTag().equals("portal-process-diagram"))
                .findFirst().orElseThrow().getElement();
        assertThat(picture.getProperty("xml")).contains("id=\"" + PpgFeedbackProcess.KEY + "\"");
        assertThat(picture.getProperty("current")).isEqualTo("[\"" + PpgFeedbackProcess.TASK_ACKNOWLEDGE_FEEDBACK + "\"]");
        assertThat(picture.getAttribute("role")).isEqualTo("img");
        assertThat(picture.getAttribute("aria-label")).contains("Acknowledge the feedback");
    }

    @Test
    void a_closed_loop_shows_the_diagram_with_nothing_waiting() {
        long id = loop.wholeLoop("Diagram: closed");
        signIn.as(PPG_REP);
        navigate("feedback/" + id);
        _click(_get(Button.class, spec -> spec.withId("show-diagram")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("process-diagram-now")).getText())
                .isEqualTo("Nothing is waiting: every step is done.");
    }
}
