package org.neighbourhoodportal.notifications.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when a page marked notifications read, so the bell in the header counts again. */
class UnreadChanged extends ComponentEvent<UI> {

    UnreadChanged(UI ui) {
        super(ui, false);
    }
}
