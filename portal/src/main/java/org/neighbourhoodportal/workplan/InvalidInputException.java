package org.neighbourhoodportal.workplan;

import java.util.List;
import java.util.stream.Collectors;
import org.neighbourhoodportal.forms.FieldError;

/** What a person entered cannot be saved; each error names the field and says why in plain words. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.label() + ": " + e.message()).collect(Collectors.joining(" ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
