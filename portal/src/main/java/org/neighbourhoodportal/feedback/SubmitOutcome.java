package org.neighbourhoodportal.feedback;

import java.util.List;
import org.neighbourhoodportal.forms.FieldError;

/** Either the new item's id, or what to put right (nothing was saved). */
public record SubmitOutcome(Long feedbackId, List<FieldError> errors) {

    public boolean isSaved() {
        return feedbackId != null;
    }
}
