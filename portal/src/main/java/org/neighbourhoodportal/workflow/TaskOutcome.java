package org.neighbourhoodportal.workflow;

import java.util.List;
import org.neighbourhoodportal.forms.FieldError;

/** The result of submitting a task's form: done, or the problems to put right (nothing was saved). */
public record TaskOutcome(boolean completed, List<FieldError> errors) {

    static TaskOutcome done() {
        return new TaskOutcome(true, List.of());
    }

    static TaskOutcome refused(List<FieldError> errors) {
        return new TaskOutcome(false, List.copyOf(errors));
    }
}
