package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.workplan.PriorityDetails;
import org.neighbourhoodportal.workplan.ProgressService;
import org.neighbourhoodportal.workplan.UpdateRow;

/** A priority's dated updates, newest first; its lead and the INT's leads add one. */
class PriorityUpdates extends PrioritySection {

    PriorityUpdates(PriorityDetails details, ProgressService progressService, Runnable reload) {
        super("Updates");
        if (details.canUpdate()) {
            Button add = new Button("Add an update", VaadinIcon.PLUS.create(),
                    e -> new UpdateDialog(progressService, details.priority(), reload).open());
            add.setId("add-update");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(add);
        }
        Div list = new Div();
        list.setId("priority-updates");
        list.setWidthFull();
        if (details.updates().isEmpty()) {
            list.add(new Paragraph("No updates yet."));
        }
        for (UpdateRow update : details.updates()) {
            Div entry = new Div();
            entry.addClassName("timeline-entry");
            Div when = new Div(new Span(Formats.day(update.writtenOn()) + " · " + update.author() + " · "),
                    new RagBadge(update.rag()));
            when.addClassName("when");
            Div text = new Div(update.text());
            text.addClassNames("detail", "update-text");
            entry.add(when, text);
            list.add(entry);
        }
        add(list);
    }
}
