package org.neighbourhoodportal.feedback;

import java.util.List;
import org.neighbourhoodportal.forms.FieldError;

/** Either the new proposal's id, or what to put right (nothing was saved). */
public record ShareOutcome(Long proposalId, List<FieldError> errors) {

    public boolean isSaved() {
        return proposalId != null;
    }
}
