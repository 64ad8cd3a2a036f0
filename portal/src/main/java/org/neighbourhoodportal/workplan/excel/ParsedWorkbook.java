package org.neighbourhoodportal.workplan.excel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The two sheets of an uploaded workbook as read, cell by cell, before any of it is checked against the plan.
 *
 * @param date1904 whether the workbook counts days from 1904 (Excel for Mac's old default) rather than 1900: a plain
 *                 number in a date column is read by the workbook's own count
 */
record ParsedWorkbook(SheetData priorities, SheetData actions, boolean date1904) {

    /**
     * @param columns each heading (see {@link Layout#normalise}) and its column index
     */
    record SheetData(String name, Map<String, Integer> columns, List<SheetRow> rows) {

        SheetData {
            columns = Map.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** A row with at least one value; {@code number} as Excel shows it. */
    record SheetRow(int number, Map<Integer, CellValue> cells) {

        SheetRow {
            cells = Map.copyOf(cells);
        }
    }

    /**
     * {@code PERCENT}: a number formatted as a percentage, held as a fraction (100% is 1). {@code NO_RESULT}: a formula
     * whose result was not saved with the file, so its value is unknown (its text is the cell's reference, "I5").
     */
    enum Kind { TEXT, NUMBER, PERCENT, DATE, BOOLEAN, ERROR, NO_RESULT }

    /**
     * One cell's value as the workbook holds it: {@code text} is also what a person would see, for messages;
     * {@code date} is set for a number formatted as a date.
     */
    record CellValue(Kind kind, String text, double number, LocalDate date) {

        static CellValue text(String text) {
            return new CellValue(Kind.TEXT, text, 0, null);
        }

        static CellValue number(double number) {
            return new CellValue(Kind.NUMBER, Values.number(number), number, null);
        }

        /** @param fraction as stored: 1 for 100% */
        static CellValue percent(double fraction) {
            return new CellValue(Kind.PERCENT, Values.number(Values.percentOf(fraction)) + "%", fraction, null);
        }

        static CellValue noResult(String reference) {
            return new CellValue(Kind.NO_RESULT, reference, 0, null);
        }

        static CellValue date(double serial, LocalDate date) {
            return new CellValue(Kind.DATE, Values.day(date), serial, date);
        }

        static CellValue bool(boolean value) {
            return new CellValue(Kind.BOOLEAN, value ? "TRUE" : "FALSE", value ? 1 : 0, null);
        }

        static CellValue error(String code) {
            return new CellValue(Kind.ERROR, code, 0, null);
        }
    }
}
