package org.neighbourhoodportal.workplan.excel;

/** One field of a row that the file changes, both values as a person reads them ("(blank)" for none). */
public record FieldChange(String field, String before, String after) {
}
