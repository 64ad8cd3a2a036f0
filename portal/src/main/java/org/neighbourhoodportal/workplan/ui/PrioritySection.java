package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** One titled section of a priority's page ({@link PriorityView}). */
abstract class PrioritySection extends VerticalLayout {

    PrioritySection(String title) {
        add(new H3(title));
        setPadding(false);
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-s)");
    }
}
