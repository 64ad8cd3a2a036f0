package org.neighbourhoodportal.forms;

import java.util.Arrays;
import java.util.Optional;

/** The form-js component types the portal can show and check. Anything else is refused when a form is read. */
public enum FieldType {

    TEXT("textfield"),
    TEXTAREA("textarea"),
    SELECT("select"),
    RADIO("radio"),
    CHECKBOX("checkbox"),
    CHECKLIST("checklist"),
    NUMBER("number"),
    /** form-js {@code datetime} with {@code "subtype": "date"}; the other subtypes are not supported. */
    DATE("datetime"),
    /** form-js {@code text}: words shown on the form, never a value. */
    STATIC_TEXT("text");

    private final String formJsType;

    FieldType(String formJsType) {
        this.formJsType = formJsType;
    }

    /** The {@code type} form-js writes for this field. */
    public String formJsType() {
        return formJsType;
    }

    /** The field type for a form-js {@code type}, or empty when the portal does not support it. */
    public static Optional<FieldType> ofFormJsType(String formJsType) {
        return Arrays.stream(values()).filter(type -> type.formJsType.equals(formJsType)).findFirst();
    }

    /** Whether a user enters a value in this field; false only for static text. */
    public boolean holdsValue() {
        return this != STATIC_TEXT;
    }

    /** Whether the user picks from a list of options. */
    public boolean hasOptions() {
        return this == SELECT || this == RADIO || this == CHECKLIST;
    }

    /** Whether the user types free text, which must then declare a maximum length. */
    public boolean isFreeText() {
        return this == TEXT || this == TEXTAREA;
    }
}
