package org.neighbourhoodportal.spreadsheets;

/**
 * A row of the workbook that cannot be used as it is.
 *
 * @param row the row number as Excel shows it (the heading is row 1)
 * @param column the column's heading, or {@link #WHOLE_ROW}
 */
public record RowProblem(String sheet, int row, String column, String message) {

    public static final String WHOLE_ROW = "Whole row";
}
