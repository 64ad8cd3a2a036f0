package org.neighbourhoodportal.workplan;

import org.neighbourhoodportal.feedback.FeedbackRoutedToBacklog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The work plan reacts to PPG feedback routed to the backlog. Runs in the publishing step's transaction (a plain
 * {@link EventListener}, not after commit), so the backlog item and the feedback's record commit or fail together.
 */
@Component
class BacklogFromFeedback {

    private final BacklogService workplan;

    BacklogFromFeedback(BacklogService workplan) {
        this.workplan = workplan;
    }

    @EventListener
    void on(FeedbackRoutedToBacklog routed) {
        workplan.addToBacklog(routed.teamId(), routed.summary(), routed.patientsSaid(),
                BacklogService.FEEDBACK_SOURCE, routed.feedbackId(), routed.priorityId());
    }
}
