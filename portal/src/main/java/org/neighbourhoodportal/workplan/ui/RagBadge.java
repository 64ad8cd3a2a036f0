package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.html.Span;
import org.neighbourhoodportal.workplan.Rag;

/** A priority's status in words and colour ("Amber – at risk"), so colour is never the only signal. */
class RagBadge extends Span {

    RagBadge(Rag rag) {
        super(rag.describe());
        addClassNames("status-badge", cssName(rag));
    }

    /** "rag-amber": the class the theme colours bars, diamonds and badges by. */
    static String cssName(Rag rag) {
        return "rag-" + rag.name().toLowerCase();
    }
}
