package org.neighbourhoodportal.spreadsheets;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook.CellValue;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook.SheetData;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook.SheetRow;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One sheet's XML, element by element; keeps only rows with values, and only the columns with headings. Each cell
 * becomes a {@link CellValue} by its type and its number format, the way a spreadsheet would show it: a date by the
 * workbook's own date system, a percentage as a fraction (100% is 1), a formula by its saved result, and a formula
 * without one as {@link ReadWorkbook.Kind#NO_RESULT} rather than as blank.
 */
final class SheetReader extends DefaultHandler {

    static final int MAX_TEXT = 40_000; // Excel's own cell limit is 32,767 characters

    /** Stops the parse at the first row past the limit, so the rest of a huge sheet is never read. */
    static final class TooManyRows extends SAXException {
        final String sheet;

        TooManyRows(String sheet) {
            super("Too many rows in " + sheet);
            this.sheet = sheet;
        }
    }

    private final String sheet;
    private final CellFormats formats;
    private final SharedStrings strings;
    private final boolean date1904;
    private final List<SheetRow> rows = new ArrayList<>();
    private Map<String, Integer> headings;

    private int rowNumber;
    private int nextRow = 1;
    private Map<Integer, CellValue> cells;
    private int column;
    private int nextColumn;
    private String type;
    private int style;
    private boolean hasValue;
    private boolean valueSeen;
    private boolean formula;
    private boolean inValue;
    private boolean inInline;
    private boolean inText;
    private boolean inPhonetic;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();

    SheetReader(String sheet, CellFormats formats, SharedStrings strings, boolean date1904) {
        this.sheet = sheet;
        this.formats = formats;
        this.strings = strings;
        this.date1904 = date1904;
    }

    SheetData result() {
        return new SheetData(sheet, headings == null ? Map.of() : headings, rows);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (WorkbookParts.localName(localName, qName)) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? nextRow : Integer.parseInt(r.trim());
                nextRow = rowNumber + 1;
                cells = new TreeMap<>();
                nextColumn = 0;
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? nextColumn : new CellReference(r.trim()).getCol();
                nextColumn = column + 1;
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? -1 : Integer.parseInt(s.trim());
                value.setLength(0);
                inline.setLength(0);
                hasValue = false;
                valueSeen = false;
                formula = false;
            }
            case "f" -> formula = true;
            case "v" -> {
                inValue = true;
                hasValue = true;
                valueSeen = true;
            }
            case "is" -> {
                inInline = true;
                hasValue = true;
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = inInline && !inPhonetic;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        StringBuilder into = inValue ? value : inText ? inline : null;
        if (into != null && into.length() < MAX_TEXT) {
            into.append(ch, start, Math.min(length, MAX_TEXT - into.length()));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (WorkbookParts.localName(localName, qName)) {
            case "v" -> inValue = false;
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> inInline = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
            }
        }
    }

    private void endCell() {
        boolean wanted = headings == null ? column < ExcelLimits.MAX_COLUMNS : headings.containsValue(column);
        if (!wanted || cells == null) {
            return;
        }
        CellValue cell = null;
        if (formula && !hasValue) {
            // written by a program that does not calculate (or with "recalculate on open"): the value is unknown
            cell = CellValue.noResult(new CellReference(rowNumber - 1, column).formatAsString(false));
        } else if (hasValue) {
            cell = cell(value.toString(), inline.toString());
        }
        if (cell != null) {
            cells.put(column, cell);
        }
    }

    private void endRow() throws TooManyRows {
        if (cells == null || cells.isEmpty()) {
            return;
        }
        if (headings == null) {
            // the first row with anything in it holds the headings
            Map<String, Integer> found = new LinkedHashMap<>();
            cells.forEach((index, cell) -> found.putIfAbsent(TextMatch.key(cell.text()), index));
            headings = found;
        } else {
            if (rows.size() >= ExcelLimits.MAX_ROWS_PER_SHEET) {
                throw new TooManyRows(sheet);
            }
            rows.add(new SheetRow(rowNumber, cells));
        }
        cells = null;
    }

    /** @param inline the text of an inline string ({@code <is>}), which some writers leave beside a {@code <v>} */
    private CellValue cell(String raw, String inline) {
        String t = type == null ? "n" : type;
        switch (t) {
            case "s" -> {
                try {
                    String text = strings.get(Integer.parseInt(raw.trim()));
                    return text == null ? CellValue.error("#REF!") : text(text);
                } catch (NumberFormatException e) {
                    return CellValue.error("#REF!");
                }
            }
            case "inlineStr" -> {
                // POI, when it changes an inline string, writes the new text to <v> and leaves the old <is>
                return text(valueSeen ? raw : inline);
            }
            case "str" -> {
                return text(raw);
            }
            case "b" -> {
                return CellValue.bool("1".equals(raw.trim()) || "true".equalsIgnoreCase(raw.trim()));
            }
            case "e" -> {
                return CellValue.error(raw.trim());
            }
            case "d" -> {
                // ISO 8601, as Strict Open XML may write dates: a day, whatever the date system
                String iso = raw.trim();
                try {
                    LocalDate date = LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso);
                    return CellValue.date(DateUtil.getExcelDate(date, date1904), date);
                } catch (DateTimeParseException e) {
                    return text(raw);
                }
            }
            default -> {
                if (raw.isBlank()) {
                    return null;
                }
                double number;
                try {
                    number = Double.parseDouble(raw.trim());
                } catch (NumberFormatException e) {
                    return text(raw);
                }
                if (style >= 0 && formats.isDate(style) && DateUtil.isValidExcelDate(number)) {
                    return CellValue.date(number, DateUtil.getLocalDateTime(number, date1904).toLocalDate());
                }
                if (style >= 0 && formats.isPercent(style)) {
                    return CellValue.percent(number);
                }
                return CellValue.number(number);
            }
        }
    }

    private static CellValue text(String text) {
        return text == null || TextMatch.stripEnds(text).isEmpty() ? null : CellValue.text(text);
    }
}
