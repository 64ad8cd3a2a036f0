package org.neighbourhoodportal.forms;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The part of FEEL the portal evaluates for form-js {@code conditional.hide}: {@code key = "value"},
 * {@code key != "value"}, {@code not(...)}, a bare {@code key} (truthy), joined with {@code and} / {@code or} and
 * grouped with parentheses. Anything else is refused by {@link #parse(String)}, so a form that needs more FEEL fails
 * its test instead of being shown wrongly.
 *
 * <p>A value is truthy unless it is absent, {@code false}, a blank string, an empty list or zero. Comparisons are on
 * the trimmed text of a single value; an absent value or a list equals no string.
 */
public sealed interface Condition {

    boolean test(Map<String, Object> values);

    /** The field keys the condition reads. */
    Set<String> keys();

    /** Parses a FEEL expression, with or without its leading {@code =}; refuses anything outside the subset. */
    static Condition parse(String expression) {
        return new ConditionParser(expression).parse();
    }

    record Equals(String key, String value) implements Condition {
        @Override
        public boolean test(Map<String, Object> values) {
            Object actual = values.get(key);
            return actual != null && !(actual instanceof Collection<?>) && actual.toString().trim().equals(value);
        }

        @Override
        public Set<String> keys() {
            return Set.of(key);
        }
    }

    record NotEquals(String key, String value) implements Condition {
        @Override
        public boolean test(Map<String, Object> values) {
            return !new Equals(key, value).test(values);
        }

        @Override
        public Set<String> keys() {
            return Set.of(key);
        }
    }

    record Truthy(String key) implements Condition {
        @Override
        public boolean test(Map<String, Object> values) {
            Object value = values.get(key);
            if (value == null) {
                return false;
            }
            if (value instanceof Boolean bool) {
                return bool;
            }
            if (value instanceof CharSequence text) {
                return !text.toString().isBlank();
            }
            if (value instanceof Collection<?> collection) {
                return !collection.isEmpty();
            }
            if (value instanceof Number number) {
                return number.doubleValue() != 0;
            }
            return true;
        }

        @Override
        public Set<String> keys() {
            return Set.of(key);
        }
    }

    record Not(Condition operand) implements Condition {
        @Override
        public boolean test(Map<String, Object> values) {
            return !operand.test(values);
        }

        @Override
        public Set<String> keys() {
            return operand.keys();
        }
    }

    record And(List<Condition> operands) implements Condition {
        public And {
            operands = List.copyOf(operands);
        }

        @Override
        public boolean test(Map<String, Object> values) {
            return operands.stream().allMatch(operand -> operand.test(values));
        }

        @Override
        public Set<String> keys() {
            return operands.stream().flatMap(operand -> operand.keys().stream())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    record Or(List<Condition> operands) implements Condition {
        public Or {
            operands = List.copyOf(operands);
        }

        @Override
        public boolean test(Map<String, Object> values) {
            return operands.stream().anyMatch(operand -> operand.test(values));
        }

        @Override
        public Set<String> keys() {
            return operands.stream().flatMap(operand -> operand.keys().stream())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }
}
