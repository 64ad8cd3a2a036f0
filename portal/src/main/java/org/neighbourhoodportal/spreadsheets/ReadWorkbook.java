package org.neighbourhoodportal.spreadsheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sheets of an uploaded workbook as {@link WorkbookReader} read them, cell by cell, before any of it is checked
 * against what the portal holds. Each feature's import (the work plan, the directory) reads its own sheets from it.
 *
 * @param sheets   each sheet asked for, by the name it was asked for
 * @param date1904 whether the workbook counts days from 1904 (Excel for Mac's old default) rather than 1900: a plain
 *                 number in a date column is read by the workbook's own count
 */
public record ReadWorkbook(Map<String, SheetData> sheets, boolean date1904) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public ReadWorkbook {
        sheets = Map.copyOf(sheets);
    }

    /** The sheet by the name it was asked for; the reader refuses a workbook without it. */
    public SheetData sheet(String name) {
        return sheets.get(name);
    }

    /**
     * @param columns each heading (as {@link TextMatch#key} has it) and its column index
     */
    public record SheetData(String name, Map<String, Integer> columns, List<SheetRow> rows) {

        public SheetData {
            columns = Map.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** A row with at least one value; {@code number} as Excel shows it. */
    public record SheetRow(int number, Map<Integer, CellValue> cells) {

        public SheetRow {
            cells = Map.copyOf(cells);
        }
    }

    /**
     * {@code PERCENT}: a number formatted as a percentage, held as a fraction (100% is 1). {@code NO_RESULT}: a formula
     * whose result was not saved with the file, so its value is unknown (its text is the cell's reference, "I5").
     */
    public enum Kind { TEXT, NUMBER, PERCENT, DATE, BOOLEAN, ERROR, NO_RESULT }

    /**
     * One cell's value as the workbook holds it: {@code text} is also what a person would see, for messages;
     * {@code date} is set for a number formatted as a date.
     */
    public record CellValue(Kind kind, String text, double number, LocalDate date) {

        public static CellValue text(String text) {
            return new CellValue(Kind.TEXT, text, 0, null);
        }

        public static CellValue number(double number) {
            return new CellValue(Kind.NUMBER, ReadWorkbook.number(number), number, null);
        }

        /** @param fraction as stored: 1 for 100% */
        public static CellValue percent(double fraction) {
            return new CellValue(Kind.PERCENT, ReadWorkbook.number(percentOf(fraction)) + "%", fraction, null);
        }

        public static CellValue noResult(String reference) {
            return new CellValue(Kind.NO_RESULT, reference, 0, null);
        }

        public static CellValue date(double serial, LocalDate date) {
            return new CellValue(Kind.DATE, day(date), serial, date);
        }

        public static CellValue bool(boolean value) {
            return new CellValue(Kind.BOOLEAN, value ? "TRUE" : "FALSE", value ? 1 : 0, null);
        }

        public static CellValue error(String code) {
            return new CellValue(Kind.ERROR, code, 0, null);
        }

        /**
         * Why the cell's value cannot be used whatever its column holds, or null when it can: an error value
         * ("#REF!"), or a formula whose result the file does not hold (reading it as blank would save a wrong value).
         */
        public String unusable(String sheet) {
            if (kind == Kind.ERROR) {
                return "The cell shows an error (" + text + "). Put a value in it instead.";
            }
            if (kind == Kind.NO_RESULT) {
                return "Cell " + text + " on the " + sheet + " sheet has a formula whose result was not saved in the "
                        + "file, so the portal cannot tell its value. Open the file in Excel or LibreOffice and save "
                        + "it, so that the result is saved, or type the value instead.";
            }
            return null;
        }
    }

    /** "1 Apr 2026", as the portal writes a day; "(blank)" for none. */
    public static String day(LocalDate date) {
        return date == null ? "(blank)" : DAY.format(date);
    }

    /** 12.0 as "12", 12.5 as "12.5". */
    public static String number(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** 0.4 as 40, 0.29 as 29 (not 28.999999999999996): what a cell formatted as a percentage shows. */
    public static double percentOf(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            return fraction;
        }
        return new BigDecimal(Double.toString(fraction)).movePointRight(2).doubleValue();
    }
}
