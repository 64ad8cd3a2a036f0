package org.neighbourhoodportal.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One component of a form, with the rules the form declares for it. Everything that does not apply is null (or an
 * empty list for options).
 *
 * @param key             the variable the field writes; null for {@link FieldType#STATIC_TEXT}
 * @param label           the words shown beside the field (form-js {@code dateLabel} for a date)
 * @param options         static choices (form-js {@code values})
 * @param optionsKey      form-js {@code valuesKey}: choices supplied by the caller at runtime under this name
 * @param hideWhen        form-js {@code conditional.hide}: hidden, and neither checked nor kept, while it holds
 * @param text            the words of a static text component
 * @param defaultValue    form-js {@code defaultValue}: String, Boolean, BigDecimal or List of String, for pre-filling
 * @param decimalDigits   form-js {@code decimalDigits} for a number: 0 means a whole number
 * @param requiredMessage the custom property {@code requiredMessage}: what to say when a required field is left empty
 */
public record FormField(
        String key,
        String label,
        FieldType type,
        String description,
        boolean required,
        Integer minLength,
        Integer maxLength,
        BigDecimal min,
        BigDecimal max,
        String pattern,
        List<Option> options,
        String optionsKey,
        Condition hideWhen,
        String text,
        Object defaultValue,
        Integer decimalDigits,
        String requiredMessage) {

    public FormField {
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
        if (defaultValue instanceof Collection<?> collection) {
            defaultValue = List.copyOf(collection);
        }
    }

    /** A number field that holds whole numbers only. */
    public boolean isIntegral() {
        return type == FieldType.NUMBER && decimalDigits != null && decimalDigits == 0;
    }

    /**
     * The choices to offer: the static ones, then those supplied at runtime under {@link #optionsKey()}. These are
     * also the only values the validator accepts.
     */
    public List<Option> options(Map<String, List<Option>> runtimeOptions) {
        if (optionsKey == null || runtimeOptions == null || runtimeOptions.get(optionsKey) == null) {
            return options;
        }
        List<Option> all = new ArrayList<>(options);
        all.addAll(runtimeOptions.get(optionsKey));
        return List.copyOf(all);
    }
}
