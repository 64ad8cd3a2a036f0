package org.neighbourhoodportal.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking a submission: the clean, typed values (in form order, only keys the form declares, never
 * a null) and the errors. Use the values only when {@link #isValid()}.
 */
public record FormSubmission(Map<String, Object> values, List<FieldError> errors) {

    public FormSubmission {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
