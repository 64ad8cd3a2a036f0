package org.neighbourhoodportal.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads Camunda Forms (form-js JSON) into {@link FormDefinition}s.
 *
 * <p>It refuses, with a message naming the form and the field, anything the portal could not show or could not
 * check on the server: unknown component types, fields without a key, FEEL outside {@link Condition}'s subset, and
 * form-js rules this module does not enforce (such as {@code validationType} or {@code valuesExpression}). A form
 * must never declare a rule the browser applies but the server ignores.
 *
 * <p>Caching is the caller's business.
 */
public final class FormReader {

    /** Where forms live on the classpath: {@code forms/<formKey>.form}. */
    public static final String CLASSPATH_FOLDER = "forms/";
    public static final String FILE_SUFFIX = ".form";

    /**
     * What a text box or text area holds when its form sets no {@code maxLength} (Camunda Modeler's form editor sets
     * none for a new field). It is the longest answer the portal keeps for a field no feature stores itself (a
     * "further answer", column {@code further_answer.answer}), so a field added in the Modeler always fits.
     */
    public static final int DEFAULT_MAX_LENGTH = 4000;

    /** The {@code validationType}s that mean "check the pattern" (the editor writes {@code custom} for a pattern). */
    private static final Set<String> PATTERN_VALIDATION_TYPES = Set.of("", "custom");

    private static final Pattern FORM_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    /** Process variable names; dotted form-js paths would write nested objects, which the portal does not use. */
    private static final Pattern FIELD_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final ObjectMapper json = new ObjectMapper();
    private final ClassLoader classLoader;

    public FormReader() {
        this(FormReader.class.getClassLoader());
    }

    public FormReader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /** Loads {@code forms/<formKey>.form} from the classpath. */
    public FormDefinition load(String formKey) {
        if (formKey == null || !FORM_KEY.matcher(formKey).matches()) {
            throw new FormDefinitionException("No form named '" + formKey + "'");
        }
        String resource = CLASSPATH_FOLDER + formKey + FILE_SUFFIX;
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FormDefinitionException("No form named '" + formKey + "' (looked for " + resource + ")");
            }
            return read(formKey, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    /** Reads one form; {@code formKey} is its file name without {@code .form}, used in messages and as its key. */
    public FormDefinition read(String formKey, InputStream in) {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (JsonProcessingException e) {
            throw new FormDefinitionException("Form '" + formKey + "' is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read form '" + formKey + "'", e);
        }
        if (root == null || !root.isObject()) {
            throw new FormDefinitionException("Form '" + formKey + "' is not a form-js JSON object");
        }
        String formType = text(root, "type");
        if (formType != null && !"default".equals(formType)) {
            throw new FormDefinitionException("Form '" + formKey + "' has type '" + formType + "'; expected 'default'");
        }
        JsonNode components = root.get("components");
        if (components == null || !components.isArray()) {
            throw new FormDefinitionException("Form '" + formKey + "' has no components");
        }
        List<FormField> fields = new ArrayList<>();
        for (JsonNode component : components) {
            fields.add(new ComponentReader(formKey, component).read());
        }
        checkKeysAndConditions(formKey, fields);
        return new FormDefinition(text(root, "id"), formKey, fields);
    }

    private static void checkKeysAndConditions(String formKey, List<FormField> fields) {
        Set<String> keys = new HashSet<>();
        for (FormField field : fields) {
            if (field.key() != null && !keys.add(field.key())) {
                throw new FormDefinitionException(
                        "Form '" + formKey + "' has more than one field with key '" + field.key() + "'");
            }
        }
        for (FormField field : fields) {
            if (field.hideWhen() == null) {
                continue;
            }
            for (String referenced : field.hideWhen().keys()) {
                if (!keys.contains(referenced)) {
                    throw new FormDefinitionException("Form '" + formKey + "', field '" + describe(field)
                            + "': the hide condition refers to '" + referenced + "', which is not a field of this form");
                }
            }
        }
    }

    private static String describe(FormField field) {
        return field.key() != null ? field.key() : field.type().formJsType();
    }

    private static String text(JsonNode node, String property) {
        JsonNode value = node.get(property);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** One component; knows its form and its name for messages. */
    private static final class ComponentReader {

        private final String formKey;
        private final JsonNode component;
        private final String name;

        ComponentReader(String formKey, JsonNode component) {
            this.formKey = formKey;
            this.component = component;
            String key = text(component, "key");
            String id = text(component, "id");
            this.name = key != null ? key : id != null ? id : "(no id or key)";
        }

        FormField read() {
            String formJsType = text(component, "type");
            FieldType type = FieldType.ofFormJsType(formJsType)
                    .orElseThrow(() -> refuse("has type '" + formJsType + "', which the portal cannot show or check"));
            String key = type.holdsValue() ? key() : null;
            refuseUncheckedRules(type);
            refuseExpressionsInWords();

            JsonNode validate = component.path("validate");
            String pattern = text(validate, "pattern");
            if (pattern != null) {
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    throw refuse("has a pattern that is not a valid regular expression: " + pattern);
                }
            }
            List<Option> options = options(type);
            String optionsKey = text(component, "valuesKey");
            if (type.hasOptions() && options.isEmpty() && optionsKey == null) {
                throw refuse("offers no options: give it static values or a valuesKey");
            }
            return new FormField(
                    key,
                    type == FieldType.DATE ? firstText("dateLabel", "label") : text(component, "label"),
                    type,
                    text(component, "description"),
                    validate.path("required").asBoolean(false),
                    integer(validate, "minLength"),
                    maxLength(type, validate),
                    decimal(validate, "min"),
                    decimal(validate, "max"),
                    pattern,
                    options,
                    optionsKey,
                    hideWhen(),
                    text(component, "text"),
                    defaultValue(component.get("defaultValue")),
                    integer(component, "decimalDigits"),
                    text(component.path("properties"), "requiredMessage"));
        }

        private String key() {
            String key = text(component, "key");
            if (key == null || key.isBlank()) {
                throw refuse("has no key, so its value could not be kept");
            }
            if (!FIELD_KEY.matcher(key).matches()) {
                throw refuse("has key '" + key + "'; use letters, digits and _ only, starting with a letter");
            }
            return key;
        }

        /** form-js features the browser would apply but this module would not check: refused, not ignored. */
        private void refuseUncheckedRules(FieldType type) {
            if (component.hasNonNull("valuesExpression")) {
                throw refuse("takes its options from a FEEL valuesExpression; use static values or a valuesKey");
            }
            String validationType = text(component.path("validate"), "validationType");
            if (validationType != null && !PATTERN_VALIDATION_TYPES.contains(validationType)) {
                throw refuse("uses validationType '" + text(component.path("validate"), "validationType")
                        + "', which the server does not check; use a pattern instead");
            }
            if (type == FieldType.DATE && !"date".equals(text(component, "subtype"))) {
                throw refuse("is a datetime with subtype '" + text(component, "subtype")
                        + "'; only dates (subtype 'date') are supported");
            }
            if (component.path("disallowPassedDates").asBoolean(false)) {
                throw refuse("uses disallowPassedDates, which the server does not check");
            }
            for (String flag : List.of("readonly", "disabled")) {
                JsonNode value = component.get(flag);
                if (value != null && !value.isNull() && !(value.isBoolean() && !value.asBoolean())) {
                    throw refuse("is " + flag + ", which the portal does not support");
                }
            }
        }

        /** The form's {@code maxLength}, or {@link #DEFAULT_MAX_LENGTH} for a text box that sets none. */
        private Integer maxLength(FieldType type, JsonNode validate) {
            Integer declared = integer(validate, "maxLength");
            if (declared == null && type.isFreeText()) {
                return DEFAULT_MAX_LENGTH;
            }
            if (declared != null && declared == 0) {
                throw refuse("has maxLength 0, so nothing could be written in it");
            }
            return declared;
        }

        /**
         * form-js evaluates a label, description or text that starts with {@code =} as FEEL, and fills in
         * {@code {{ ... }}} templates in text. The portal does neither, so it refuses them rather than show the
         * expression itself to people.
         */
        private void refuseExpressionsInWords() {
            for (String property : List.of("label", "dateLabel", "description", "text", "defaultValue")) {
                String words = component.path(property).isTextual() ? component.get(property).asText() : null;
                if (words == null) {
                    continue;
                }
                if (words.trim().startsWith("=")) {
                    throw refuse("has a " + property + " that is an expression (" + words.trim()
                            + "); the portal shows words as they are written, so write plain words");
                }
                if (words.contains("{{")) {
                    throw refuse("has a " + property + " with a template ({{ ... }}); the portal shows words as "
                            + "they are written, so write plain words");
                }
            }
            for (JsonNode value : component.path("values")) {
                String label = text(value, "label");
                if (label != null && (label.trim().startsWith("=") || label.contains("{{"))) {
                    throw refuse("has an option labelled '" + label + "', which is an expression or template; "
                            + "write plain words");
                }
            }
        }

        private List<Option> options(FieldType type) {
            JsonNode values = component.get("values");
            if (values == null || values.isNull()) {
                return List.of();
            }
            if (!type.hasOptions()) {
                throw refuse("lists values but a " + type.formJsType() + " has no options");
            }
            List<Option> options = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonNode value : values) {
                String optionValue = text(value, "value");
                if (optionValue == null) {
                    throw refuse("has an option without a value");
                }
                if (!seen.add(optionValue)) {
                    throw refuse("offers the option '" + optionValue + "' twice");
                }
                options.add(new Option(optionValue, text(value, "label")));
            }
            return options;
        }

        private Condition hideWhen() {
            JsonNode conditional = component.get("conditional");
            if (conditional == null || conditional.isNull()) {
                return null;
            }
            String expression = text(conditional, "hide");
            if (expression == null || expression.isBlank()) {
                return null;
            }
            if (!expression.trim().startsWith("=")) {
                throw refuse("has hide condition '" + expression + "', which is not a FEEL expression (no leading '=')");
            }
            try {
                return Condition.parse(expression);
            } catch (IllegalArgumentException e) {
                throw refuse("has hide condition '" + expression + "', which uses FEEL the portal does not support ("
                        + e.getMessage() + "). Supported: key = \"value\", key != \"value\", not(key), key, "
                        + "joined with and/or");
            }
        }

        private Object defaultValue(JsonNode value) {
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isBoolean()) {
                return value.asBoolean();
            }
            if (value.isNumber()) {
                return value.decimalValue();
            }
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.asText()));
                return items;
            }
            if (value.isValueNode()) {
                return value.asText();
            }
            throw refuse("has a default value the portal cannot use: " + value);
        }

        private String firstText(String... properties) {
            for (String property : properties) {
                String value = text(component, property);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }

        private Integer integer(JsonNode node, String property) {
            JsonNode value = node.get(property);
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isTextual() && value.asText().trim().matches("\\d{1,9}")) {
                return Integer.valueOf(value.asText().trim());
            }
            if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
                throw refuse("has " + property + " '" + value.asText() + "'; expected a whole number, 0 or more");
            }
            return value.asInt();
        }

        private BigDecimal decimal(JsonNode node, String property) {
            JsonNode value = node.get(property);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isNumber()) {
                throw refuse("has " + property + " '" + value.asText() + "'; expected a number");
            }
            return value.decimalValue();
        }

        private FormDefinitionException refuse(String problem) {
            return new FormDefinitionException("Form '" + formKey + "', field '" + name + "' " + problem);
        }
    }
}
