package org.neighbourhoodportal.timeline.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.neighbourhoodportal.timeline.TimelineEntry;
import org.neighbourhoodportal.ui.Formats;

/**
 * A record's timeline, the same on every record page: what happened, when and who did it (a person by name, or the
 * automatic step by its name), what was said, and a mark on lines only the record's own team sees.
 */
public class TimelineList extends Div {

    public TimelineList(List<TimelineEntry> entries) {
        addClassName("timeline");
        if (entries.isEmpty()) {
            add(new Paragraph("Nothing has happened yet."));
        }
        for (TimelineEntry entry : entries) {
            Div line = new Div();
            line.addClassName("timeline-entry");
            if (entry.internal()) {
                line.addClassName("internal");
            }
            Div what = new Div(entry.what() + (entry.internal() ? " (seen by the INT only)" : ""));
            what.getStyle().set("font-weight", "600");
            Div when = new Div(Formats.dayTime(entry.at()) + " · " + credit(entry));
            when.addClassName("when");
            line.add(what, when);
            if (entry.detail() != null && !entry.detail().isBlank()) {
                Div detail = new Div(entry.detail());
                detail.addClassName("detail");
                line.add(detail);
            }
            add(line);
        }
    }

    /** "Helen Carter", or "Automatic step: Closing the feedback" when no person acted. */
    static String credit(TimelineEntry entry) {
        return entry.byPerson() ? entry.who() : "Automatic step: " + entry.who();
    }
}
