package org.neighbourhoodportal.forms;

/** Why one field's submitted value was refused, in words a volunteer understands. */
public record FieldError(String key, String label, String message) {
}
