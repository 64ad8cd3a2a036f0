package org.neighbourhoodportal.workflow;

import java.util.List;
import org.neighbourhoodportal.forms.FieldError;

/** The result of a start form (sending feedback, asking PPGs…): the new record's id, or what to put right. */
public record StartOutcome(Long recordId, List<FieldError> errors) {

    public static StartOutcome saved(long recordId) {
        return new StartOutcome(recordId, List.of());
    }

    public static StartOutcome refused(List<FieldError> errors) {
        return new StartOutcome(null, List.copyOf(errors));
    }

    public boolean isSaved() {
        return recordId != null;
    }
}
