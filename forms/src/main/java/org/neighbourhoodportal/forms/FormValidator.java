package org.neighbourhoodportal.forms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks submitted values against the rules a form declares and turns them into clean, typed values.
 *
 * <p>The browser is never trusted: keys the form does not declare are dropped, a choice must be one the form offers
 * (statically or through {@code runtimeOptions}), and a hidden field is neither checked nor kept. Typed output:
 * text and choices are trimmed Strings (empty means absent), a checkbox is a Boolean (absent means false), a
 * checklist a List of String, a number a Long for a whole-number field and a BigDecimal otherwise, a date a
 * {@link LocalDate}.
 */
public final class FormValidator {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int LONGEST_NUMBER = 40;

    /**
     * @param raw            the submitted values by field key; may hold anything
     * @param runtimeOptions the choices offered for each {@code valuesKey}; a field whose choices are missing here
     *                       accepts none of its runtime values
     */
    public FormSubmission validate(FormDefinition form, Map<String, Object> raw,
                                   Map<String, List<Option>> runtimeOptions) {
        Map<String, Object> submitted = raw == null ? Map.of() : raw;
        Map<String, List<Option>> offered = runtimeOptions == null ? Map.of() : runtimeOptions;
        Set<String> hidden = hiddenKeys(form, submitted);

        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (FormField field : form.fields()) {
            if (!field.type().holdsValue() || hidden.contains(field.key())) {
                continue;
            }
            Check check = new Check(field, submitted.get(field.key()), offered);
            check.run();
            if (check.error != null) {
                errors.add(new FieldError(field.key(), field.label(), check.error));
            } else if (check.value != null) {
                values.put(field.key(), check.value);
            }
        }
        return new FormSubmission(values, errors);
    }

    /**
     * A field is hidden when its condition holds against the submitted values of the fields that are shown, so a
     * field that depends on a hidden one sees it as empty. Repeated until nothing changes (bounded, in case two
     * conditions chase each other).
     */
    private static Set<String> hiddenKeys(FormDefinition form, Map<String, Object> submitted) {
        Set<String> hidden = new HashSet<>();
        for (int round = 0; round <= form.fields().size(); round++) {
            Map<String, Object> shown = new HashMap<>();
            for (FormField field : form.fields()) {
                if (field.key() != null && !hidden.contains(field.key()) && submitted.get(field.key()) != null) {
                    shown.put(field.key(), submitted.get(field.key()));
                }
            }
            Set<String> next = new HashSet<>();
            for (FormField field : form.fields()) {
                if (field.key() != null && field.hideWhen() != null && field.hideWhen().test(shown)) {
                    next.add(field.key());
                }
            }
            if (next.equals(hidden)) {
                break;
            }
            hidden = next;
        }
        return hidden;
    }

    /** One field's check: leaves either a clean value (null when absent) or an error message. */
    private static final class Check {

        private final FormField field;
        private final Object raw;
        private final Map<String, List<Option>> runtimeOptions;
        private Object value;
        private String error;

        Check(FormField field, Object raw, Map<String, List<Option>> runtimeOptions) {
            this.field = field;
            this.raw = raw;
            this.runtimeOptions = runtimeOptions;
        }

        void run() {
            switch (field.type()) {
                case TEXT, TEXTAREA -> text();
                case SELECT, RADIO -> choice();
                case CHECKBOX -> checkbox();
                case CHECKLIST -> checklist();
                case NUMBER -> number();
                case DATE -> date();
                case STATIC_TEXT -> { }
            }
        }

        private void text() {
            String text = trimmedText();
            if (error != null || missing(text, "Please fill this in.")) {
                return;
            }
            int length = text.length();
            if (field.maxLength() != null && length > field.maxLength()) {
                error = "Must be " + field.maxLength() + " characters or fewer.";
            } else if (field.minLength() != null && length < field.minLength()) {
                error = "Must be at least " + field.minLength() + " characters.";
            } else if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(raw.toString()).find()) {
                // form-js: new RegExp(pattern).test(value), on the value as typed. A pattern that must match the
                // whole value says so with ^ and $.
                error = "This is not in the expected format.";
            } else {
                value = text;
            }
        }

        private void choice() {
            String choice = trimmedText();
            if (error != null || missing(choice, "Please choose one of the options.")) {
                return;
            }
            if (allowedValues().contains(choice)) {
                value = choice;
            } else {
                error = "Choose one of the options listed.";
            }
        }

        private void checkbox() {
            Boolean ticked;
            if (raw == null || (raw instanceof CharSequence text && text.toString().isBlank())) {
                ticked = false;
            } else if (raw instanceof Boolean bool) {
                ticked = bool;
            } else if (raw instanceof CharSequence text && isBooleanWord(text.toString().trim())) {
                ticked = Boolean.parseBoolean(text.toString().trim());
            } else {
                error = "Tick the box or leave it empty.";
                return;
            }
            if (field.required() && !ticked) {
                error = requiredMessage("Please tick this box to continue.");
            } else {
                value = ticked;
            }
        }

        private void checklist() {
            Collection<?> items;
            if (raw == null) {
                items = List.of();
            } else if (raw instanceof Collection<?> collection) {
                items = collection;
            } else if (raw instanceof Object[] array) {
                items = Arrays.asList(array);
            } else {
                error = "Choose only from the options listed.";
                return;
            }
            Set<String> allowed = allowedValues();
            Set<String> chosen = new LinkedHashSet<>();
            for (Object item : items) {
                if (!(item instanceof CharSequence text) || !allowed.contains(text.toString().trim())) {
                    error = "Choose only from the options listed.";
                    return;
                }
                chosen.add(text.toString().trim());
            }
            if (field.required() && chosen.isEmpty()) {
                error = requiredMessage("Please choose at least one option.");
            } else {
                value = List.copyOf(chosen);
            }
        }

        private void number() {
            BigDecimal number;
            if (raw == null || (raw instanceof CharSequence text && text.toString().isBlank())) {
                missing(null, "Please enter a number.");
                return;
            } else if (raw instanceof CharSequence text) {
                String trimmed = text.toString().trim();
                if (trimmed.length() > LONGEST_NUMBER || !PLAIN_NUMBER.matcher(trimmed).matches()) {
                    error = "Enter a number, for example 12.";
                    return;
                }
                number = new BigDecimal(trimmed);
            } else if (raw instanceof Number given) {
                number = toDecimal(given);
                if (number == null) {
                    error = "Enter a number, for example 12.";
                    return;
                }
            } else {
                error = "Enter a number, for example 12.";
                return;
            }
            int decimals = number.stripTrailingZeros().scale();
            if (field.isIntegral() && decimals > 0) {
                error = "Enter a whole number.";
            } else if (field.decimalDigits() != null && decimals > field.decimalDigits()) {
                error = "Use no more than " + field.decimalDigits() + " decimal places.";
            } else if (field.min() != null && number.compareTo(field.min()) < 0) {
                error = "Must be at least " + plain(field.min()) + ".";
            } else if (field.max() != null && number.compareTo(field.max()) > 0) {
                error = "Must be " + plain(field.max()) + " or less.";
            } else if (field.isIntegral()) {
                try {
                    value = number.longValueExact();
                } catch (ArithmeticException tooBig) {
                    error = "Enter a smaller number.";
                }
            } else {
                value = number;
            }
        }

        private void date() {
            if (raw == null || (raw instanceof CharSequence text && text.toString().isBlank())) {
                missing(null, "Enter a date.");
            } else if (raw instanceof LocalDate date) {
                value = date;
            } else if (raw instanceof CharSequence text && ISO_DATE.matcher(text.toString().trim()).matches()) {
                try {
                    value = LocalDate.parse(text.toString().trim());
                } catch (DateTimeException notADate) {
                    error = "Enter a real date, for example 2026-03-31.";
                }
            } else {
                error = "Enter a date as year-month-day, for example 2026-03-31.";
            }
        }

        /** The submitted value as trimmed text; null when absent or blank; an error when it is not text at all. */
        private String trimmedText() {
            if (raw == null) {
                return null;
            }
            if (!(raw instanceof CharSequence text)) {
                error = field.type().hasOptions() ? "Choose one of the options listed." : "Please enter text here.";
                return null;
            }
            String trimmed = text.toString().trim();
            return trimmed.isEmpty() ? null : trimmed;
        }

        /** True when there is nothing to check further; sets the required error if the field needed a value. */
        private boolean missing(Object given, String defaultMessage) {
            if (given != null) {
                return false;
            }
            if (field.required()) {
                error = requiredMessage(defaultMessage);
            }
            return true;
        }

        private String requiredMessage(String defaultMessage) {
            String custom = field.requiredMessage();
            return custom == null || custom.isBlank() ? defaultMessage : custom;
        }

        private Set<String> allowedValues() {
            Set<String> allowed = new HashSet<>();
            field.options(runtimeOptions).forEach(option -> allowed.add(option.value()));
            return allowed;
        }

        private static boolean isBooleanWord(String text) {
            return "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text);
        }

        private static BigDecimal toDecimal(Number number) {
            if (number instanceof BigDecimal decimal) {
                return Math.abs(decimal.scale()) > LONGEST_NUMBER ? null : decimal;
            }
            if (number instanceof BigInteger integer) {
                return new BigDecimal(integer);
            }
            if (number instanceof Double || number instanceof Float) {
                double d = number.doubleValue();
                return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
            }
            if (number instanceof Long || number instanceof Integer || number instanceof Short
                    || number instanceof Byte) {
                return BigDecimal.valueOf(number.longValue());
            }
            return null;
        }

        private static String plain(BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
    }
}
