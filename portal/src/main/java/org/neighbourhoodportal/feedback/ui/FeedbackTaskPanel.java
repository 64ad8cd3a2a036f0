package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.processes.PpgFeedbackProcess;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.ui.RecordPanelProvider;

/** Shows the feedback beside each task of its loop. */
@org.springframework.stereotype.Component
class FeedbackTaskPanel implements RecordPanelProvider {

    private final FeedbackService feedback;

    FeedbackTaskPanel(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public Optional<Component> panelFor(WorkItem task) {
        if (!PpgFeedbackProcess.KEY.equals(task.processKey())) {
            return Optional.empty();
        }
        return Optional.of(new FeedbackCard(feedback.details(Long.parseLong(task.businessKey()))));
    }
}
