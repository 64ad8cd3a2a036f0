package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.neighbourhoodportal.workplan.LinkedRecord;

/** The records of other features routed into a priority, with where each one's work stands. */
class PriorityLinks extends PrioritySection {

    PriorityLinks(List<LinkedRecord> linked) {
        super("Linked records");
        Div list = new Div();
        list.setId("priority-linked");
        if (linked.isEmpty()) {
            list.add(new Paragraph("Nothing is linked yet. PPG feedback the INT routes into this priority, and "
                    + "consultations whose outcome changed it, appear here."));
        }
        for (LinkedRecord record : linked) {
            Div line = new Div();
            line.addClassName("timeline-entry");
            line.add(record.route() == null ? new Span(record.title()) : new Anchor(record.route(), record.title()));
            Div about = new Div(record.kind() + " · " + record.status());
            about.addClassName("when");
            line.add(about);
            list.add(line);
        }
        add(list);
    }
}
