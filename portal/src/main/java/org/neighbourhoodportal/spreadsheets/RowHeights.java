package org.neighbourhoodportal.spreadsheets;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/**
 * Row heights for written workbooks whose text cells wrap. A workbook written by POI stores no height for a row, and
 * a spreadsheet opened for printing (LibreOffice's conversion to PDF, for one) does not grow the row to fit wrapped
 * text: a long name runs into the row below. {@link #fit} sets each row tall enough for its longest wrapped cell,
 * estimated from the cell's characters and its column's width in characters (an estimate: proportional fonts fit
 * somewhat more characters than the width says, so the row errs on the tall side).
 */
public final class RowHeights {

    /** The height of one line of the default 11-point font, in points. */
    static final float LINE_POINTS = 15f;

    private RowHeights() {
    }

    /**
     * Sets the row's height to fit its text cells.
     *
     * @param row    a row whose text cells may wrap
     * @param widths each column's width in characters, as given to {@code Sheet.setColumnWidth(i, width * 256)};
     *               cells beyond the array are taken as one line
     */
    public static void fit(Row row, int[] widths) {
        int lines = 1;
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            if (cell.getCellType() != CellType.STRING || column >= widths.length) {
                continue;
            }
            lines = Math.max(lines, lines(cell.getStringCellValue(), widths[column]));
        }
        row.setHeightInPoints(lines * LINE_POINTS);
    }

    /** Lines a text needs in a column of {@code width} characters: each of its own lines, wrapped at the width. */
    static int lines(String text, int width) {
        int perLine = Math.max(1, width - 1);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(line.length() / (double) perLine));
        }
        return Math.max(1, lines);
    }
}
