package org.neighbourhoodportal.workplan.excel;

/** A row without an ID, to be added: a priority, or an action under an existing priority. */
public record RowAddition(String sheet, int row, String title, String details) {
}
