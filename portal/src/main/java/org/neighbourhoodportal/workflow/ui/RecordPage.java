package org.neighbourhoodportal.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.neighbourhoodportal.timeline.TimelineEntry;
import org.neighbourhoodportal.timeline.ui.TimelineList;
import org.neighbourhoodportal.workflow.WorkItem;

/**
 * The one shell of every record's page: the heading, "waiting for you", the record itself, where it is now (with
 * what the person may do to the record as a whole, such as withdrawing it), its documents and its timeline. A feature's
 * detail view extends it and fills the slots in {@code beforeEnter}; filling a slot again replaces what it held.
 *
 * <p>Ids a test or a browser can find: {@code record-now}, {@code record-actions}, {@code record-documents},
 * {@code record-timeline}.
 */
public abstract class RecordPage extends VerticalLayout {

    private final Div heading = new Div();
    private final Div yourTurn = new Div();
    private final Div record = new Div();
    private final Div now = new Div();
    private final Div diagram = new Div();
    private final Div round = new Div();
    private final Div furtherAnswers = new Div();
    private final Div actions = new Div();
    private final Div documents = new Div();
    private final Div timeline = new Div();

    protected RecordPage() {
        addClassName("portal-page");
        heading.setWidthFull();
        record.setWidthFull();
        actions.setId("record-actions");
        actions.addClassName("record-actions");
        documents.setId("record-documents");
        documents.setWidthFull();
        documents.setVisible(false);
        timeline.setWidthFull();
        furtherAnswers.setWidthFull();
        round.setWidthFull();
        diagram.setWidthFull();
        add(heading, yourTurn, record, furtherAnswers, now, diagram, round, actions, documents, timeline);
    }

    /** The page's heading, then anything that introduces it (abbreviations spelled out). */
    protected void setHeading(String title, Component... intro) {
        heading.removeAll();
        H2 h2 = new H2(title);
        h2.setId("record-title");
        heading.add(h2);
        heading.add(intro);
    }

    /** "Waiting for you": the caller's own open tasks on this record, each with a button to do it. */
    protected void setYourTurn(List<WorkItem> tasks) {
        yourTurn.removeAll();
        yourTurn.add(new YourTurn(tasks));
    }

    /** The record itself (its card). */
    protected void setRecord(Component card) {
        record.removeAll();
        record.add(card);
    }

    /**
     * Where the record is now: the steps its process waits on, or, when nothing waits, what became of it.
     *
     * @param whenNothingWaits e.g. "Closed on 3 Nov 2026." or "Nothing is waiting."
     */
    protected void setWhereItIsNow(List<String> waitingOn, String whenNothingWaits) {
        now.removeAll();
        now.add(new H3("Where it is now"));
        Paragraph text = new Paragraph(waitingOn.isEmpty() ? whenNothingWaits
                : "Waiting for: " + String.join("; ", waitingOn) + ".");
        text.setId("record-now");
        now.add(text);
    }

    /**
     * A "Show the steps as a diagram" button under "Where it is now": the process model drawn with the record's
     * current steps highlighted (read only when asked for, since most people never open it).
     *
     * @param steps reads the diagram when the button is pressed; may return null when the record has no process
     */
    protected void setDiagram(java.util.function.Supplier<org.neighbourhoodportal.workflow.ProcessDiagram> steps) {
        diagram.removeAll();
        com.vaadin.flow.component.button.Button show =
                new com.vaadin.flow.component.button.Button("Show the steps as a diagram");
        show.setId("show-diagram");
        show.addClickListener(click -> {
            org.neighbourhoodportal.workflow.ProcessDiagram drawn = steps.get();
            if (drawn != null) {
                diagram.add(new ProcessDiagramView(drawn));
            }
            show.setVisible(false);
        });
        diagram.add(show);
    }

    /** The record's round of answers (who was asked, who answered, who is late: the rounds kit's panel). */
    protected void setRound(Component panel) {
        round.removeAll();
        if (panel != null) {
            round.add(panel);
        }
    }

    /** Answers to fields added to the record's forms in Camunda Modeler, with their labels; nothing when none. */
    protected void setFurtherAnswers(List<org.neighbourhoodportal.workflow.FurtherAnswer> answers) {
        furtherAnswers.removeAll();
        furtherAnswers.add(new FurtherAnswersPanel(answers));
    }

    /** What the person may do to the record as a whole (withdraw it, download it); nothing shown when empty. */
    protected void setActions(Component... components) {
        actions.removeAll();
        actions.add(components);
        actions.setVisible(components.length > 0);
    }

    /**
     * The record's documents (filled by the documents kit where a record has them). Hidden until filled; null empties
     * it again.
     */
    public void setDocuments(Component list) {
        documents.removeAll();
        if (list != null) {
            documents.add(list); // the documents panel carries its own "Documents" heading
        }
        documents.setVisible(list != null);
    }

    /** The record's timeline as the caller may see it, oldest first. */
    protected void setTimeline(List<TimelineEntry> entries) {
        timeline.removeAll();
        TimelineList list = new TimelineList(entries);
        list.setId("record-timeline");
        timeline.add(new H3("Timeline"), list);
    }
}
