package org.neighbourhoodportal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive descent over the FEEL subset of {@link Condition}; {@code and} binds tighter than {@code or}, as in FEEL.
 * Throws {@link IllegalArgumentException} with the reason; the reader adds the form and field.
 */
final class ConditionParser {

    private static final Set<String> RESERVED = Set.of("and", "or", "not", "true", "false", "null");

    private final String source;
    private int position;

    ConditionParser(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("the expression is empty");
        }
        String trimmed = expression.trim();
        this.source = trimmed.startsWith("=") ? trimmed.substring(1) : trimmed;
    }

    Condition parse() {
        Condition condition = disjunction();
        skipSpace();
        if (position < source.length()) {
            throw unsupported("unexpected '" + source.substring(position) + "'");
        }
        return condition;
    }

    private Condition disjunction() {
        List<Condition> operands = new ArrayList<>();
        operands.add(conjunction());
        while (keyword("or")) {
            operands.add(conjunction());
        }
        return operands.size() == 1 ? operands.get(0) : new Condition.Or(operands);
    }

    private Condition conjunction() {
        List<Condition> operands = new ArrayList<>();
        operands.add(term());
        while (keyword("and")) {
            operands.add(term());
        }
        return operands.size() == 1 ? operands.get(0) : new Condition.And(operands);
    }

    private Condition term() {
        skipSpace();
        if (symbol("(")) {
            Condition inner = disjunction();
            expect(")");
            return inner;
        }
        if (keyword("not")) {
            expect("(");
            Condition inner = disjunction();
            expect(")");
            return new Condition.Not(inner);
        }
        String key = name();
        if (symbol("!=")) {
            return new Condition.NotEquals(key, string());
        }
        if (symbol("=")) {
            return new Condition.Equals(key, string());
        }
        return new Condition.Truthy(key);
    }

    private String name() {
        skipSpace();
        int start = position;
        if (position < source.length() && isNameStart(source.charAt(position))) {
            position++;
            while (position < source.length() && isNamePart(source.charAt(position))) {
                position++;
            }
        }
        String name = source.substring(start, position);
        if (name.isEmpty() || RESERVED.contains(name)) {
            throw unsupported("expected a field key" + where(start));
        }
        return name;
    }

    private String string() {
        skipSpace();
        if (position >= source.length() || source.charAt(position) != '"') {
            throw unsupported("only comparisons with a \"quoted\" text are supported" + where(position));
        }
        StringBuilder value = new StringBuilder();
        position++;
        while (position < source.length()) {
            char c = source.charAt(position++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\' && position < source.length()) {
                c = source.charAt(position++);
                if (c != '"' && c != '\\') {
                    throw unsupported("unsupported escape \\" + c);
                }
            }
            value.append(c);
        }
        throw unsupported("a text is not closed with \"");
    }

    /** A keyword only when followed by something that cannot continue a name, so {@code order} is not {@code or}. */
    private boolean keyword(String word) {
        skipSpace();
        int end = position + word.length();
        if (source.startsWith(word, position)
                && (end == source.length() || !isNamePart(source.charAt(end)))) {
            position = end;
            return true;
        }
        return false;
    }

    private boolean symbol(String symbol) {
        skipSpace();
        if (source.startsWith(symbol, position)) {
            position += symbol.length();
            return true;
        }
        return false;
    }

    private void expect(String symbol) {
        if (!symbol(symbol)) {
            throw unsupported("expected '" + symbol + "'" + where(position));
        }
    }

    private void skipSpace() {
        while (position < source.length() && Character.isWhitespace(source.charAt(position))) {
            position++;
        }
    }

    private String where(int at) {
        return at >= source.length() ? " at the end" : " at '" + source.substring(at) + "'";
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c < 128 && Character.isLetter(c));
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    private static IllegalArgumentException unsupported(String reason) {
        return new IllegalArgumentException(reason);
    }
}
