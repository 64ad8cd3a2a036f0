package org.neighbourhoodportal.workflow.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.neighbourhoodportal.workflow.WorkItem;

/**
 * A feature shows the record a task is about above the task's form, so a person has what they need in one place.
 * Implemented by each feature's {@code ui} package as a Spring bean.
 */
public interface RecordPanelProvider {

    Optional<Component> panelFor(WorkItem task);
}
