package org.neighbourhoodportal.feedback.process;

import static org.neighbourhoodportal.processes.PpgFeedbackProcess.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.neighbourhoodportal.feedback.FeedbackRoute;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.feedback.FeedbackTimelines;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.workflow.RecordProcessHandler;
import org.neighbourhoodportal.workflow.WorkItem;
import org.springframework.stereotype.Component;

/** Saves what people enter at each step of the PPG feedback loop into the feedback record. */
@Component
class FeedbackProcessHandler extends RecordProcessHandler {

    private final FeedbackService feedback;
    private final FeedbackSteps steps;

    FeedbackProcessHandler(FeedbackService feedback, FeedbackSteps steps) {
        super(KEY, FeedbackTimelines::feedback, feedback::summaries, "Feedback: ", "feedback/");
        this.feedback = feedback;
        this.steps = steps;
    }

    @Override
    public Map<String, List<Option>> formOptions(WorkItem task) {
        if (!TASK_ROUTE_FEEDBACK.equals(task.taskKey())) {
            return Map.of();
        }
        long id = Long.parseLong(task.businessKey());
        return Map.of(FeedbackService.ORGANISATION_OPTIONS, feedback.organisationsToReferTo(id).stream()
                        .map(o -> new Option(Long.toString(o.id()), o.name())).toList(),
                FeedbackService.PRIORITY_OPTIONS, feedback.prioritiesToLinkTo(id));
    }

    /** The priority the feedback is added to is read by the backlog step (AddToBacklogDelegate), not kept here. */
    @Override
    public Set<String> fieldsTheProcessReads() {
        return Set.of(VAR_PRIORITY_ID);
    }

    @Override
    public void taskCompleted(WorkItem task, Map<String, Object> values) {
        long id = Long.parseLong(task.businessKey());
        Function<String, String> text = key -> (String) values.get(key);
        switch (task.taskKey()) {
            case TASK_ACKNOWLEDGE_FEEDBACK -> steps.acknowledged(id, text.apply(VAR_ACKNOWLEDGEMENT));
            case TASK_ROUTE_FEEDBACK -> {
                String organisation = text.apply(VAR_REFERRED_ORGANISATION_ID);
                steps.routed(id, FeedbackRoute.fromFormValue(text.apply(VAR_ROUTE)),
                        organisation == null ? null : Long.valueOf(organisation), text.apply(VAR_ROUTING_NOTE));
            }
            case TASK_RESPOND_TO_PPG, TASK_RESPOND_FOR_ORGANISATION ->
                    steps.responseWritten(id, text.apply(VAR_RESPONSE));
            case TASK_CONFIRM_LOOP_CLOSED -> steps.ppgReplied(id,
                    OUTCOME_CLOSED.equals(text.apply(VAR_OUTCOME)), text.apply(VAR_REOPEN_REASON));
            default -> throw new IllegalStateException("No record-keeping for step " + task.taskKey());
        }
    }
}
