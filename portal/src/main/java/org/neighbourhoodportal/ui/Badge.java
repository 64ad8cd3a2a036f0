package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label for a status. */
public class Badge extends Span {

    public enum Tone { NEUTRAL, WAITING, DONE, OVERDUE }

    public Badge(String text, Tone tone) {
        super(text);
        addClassName("status-badge");
        switch (tone) {
            case WAITING -> addClassName("waiting");
            case DONE -> addClassName("done");
            case OVERDUE -> addClassName("overdue");
            default -> { }
        }
    }
}
