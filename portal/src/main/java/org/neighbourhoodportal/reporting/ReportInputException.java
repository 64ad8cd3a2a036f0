package org.neighbourhoodportal.reporting;

import java.util.List;
import java.util.stream.Collectors;
import org.neighbourhoodportal.forms.FieldError;

/**
 * What someone entered for a report cannot be saved; nothing was. An {@link IllegalArgumentException}, so the task
 * page shows its message as it does for any refused step.
 */
public class ReportInputException extends IllegalArgumentException {

    private final List<FieldError> errors;

    public ReportInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.label() + ": " + e.message()).collect(Collectors.joining(" ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
