package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.feedback.FeedbackTasks;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.ui.RecordPanelProvider;

/** Shows the feedback beside each task of its loop. */
@org.springframework.stereotype.Component
class FeedbackTaskPanel implements RecordPanelProvider {

    private final FeedbackService feedback;
    private final FeedbackTasks tasks;

    FeedbackTaskPanel(FeedbackService feedback, FeedbackTasks tasks) {
        this.feedback = feedback;
        this.tasks = tasks;
    }

    @Override
    public Optional<Component> panelFor(WorkItem task) {
        if (!tasks.isOf(task)) {
            return Optional.empty();
        }
        return Optional.of(new FeedbackCard(feedback.details(Long.parseLong(task.businessKey()))));
    }
}
