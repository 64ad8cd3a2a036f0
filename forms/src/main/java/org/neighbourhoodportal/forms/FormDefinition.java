package org.neighbourhoodportal.forms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Camunda Form.
 *
 * @param id     the form's {@code id} in the file, which is what a BPMN {@code camunda:formRef} names
 * @param key    the file name without {@code .form}
 * @param fields every component in the order the form shows them, static text included
 */
public record FormDefinition(String id, String key, List<FormField> fields) {

    public FormDefinition {
        Objects.requireNonNull(key, "key");
        fields = List.copyOf(fields);
    }

    /** The field with this key; static text has no key and is never found. */
    public Optional<FormField> field(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return fields.stream().filter(field -> key.equals(field.key())).findFirst();
    }
}
