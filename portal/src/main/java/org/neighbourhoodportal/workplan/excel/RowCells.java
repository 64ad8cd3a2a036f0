package org.neighbourhoodportal.workplan.excel;

import org.neighbourhoodportal.spreadsheets.TextMatch;
import org.neighbourhoodportal.spreadsheets.RowProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook.CellValue;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook.Kind;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook.SheetRow;

/**
 * One row's cells, read as each column expects (an ID, a whole number, a percentage, a date, a status, Yes or No),
 * with each cell that cannot be read noted as a problem against its sheet, row and column.
 */
final class RowCells<C extends Layout.Column> {
    private final String sheet;
    private final SheetRow row;
    private final Map<C, Integer> columns;
    private final boolean date1904;
    private final List<RowProblem> problems;
    private boolean problem;

    /**
     * @param date1904 the workbook's date system, for a plain number in a date column
     * @param problems where each problem found is added
     */
    RowCells(String sheet, SheetRow row, Map<C, Integer> columns, boolean date1904, List<RowProblem> problems) {
        this.sheet = sheet;
        this.row = row;
        this.columns = columns;
        this.date1904 = date1904;
        this.problems = problems;
    }


    boolean blank(C[] all) {
        for (C column : all) {
            if (column.imported() && cell(column) != null) {
                return false;
            }
        }
        return true;
    }

    boolean hasProblems() {
        return problem;
    }

    void problem(C column, String message) {
        problem = true;
        problems.add(new RowProblem(sheet, row.number(), column == null ? RowProblem.WHOLE_ROW : column.heading(),
                message));
    }

    private CellValue cell(C column) {
        Integer index = columns.get(column);
        return index == null ? null : row.cells().get(index);
    }

    /**
     * Any error value ("#REF!"), and any formula whose result the file does not hold, is a problem whatever the
     * column holds: reading it as blank would save a wrong value.
     */
    private CellValue usable(C column) {
        CellValue cell = cell(column);
        String unusable = cell == null ? null : cell.unusable(sheet);
        if (unusable != null) {
            problem(column, unusable);
            return null;
        }
        return cell;
    }

    String text(C column) {
        CellValue cell = usable(column);
        return cell == null ? null : Values.clean(cell.text());
    }

    Long id(C column) {
        CellValue cell = usable(column);
        if (cell == null) {
            return null;
        }
        Double number = number(cell);
        if (number == null || number <= 0 || number != Math.rint(number) || number > Long.MAX_VALUE) {
            problem(column, "“" + cell.text() + "” is not an ID. IDs are whole numbers: leave them as exported, "
                    + "or empty for a new row.");
            return null;
        }
        return number.longValue();
    }

    Integer whole(C column) {
        CellValue cell = usable(column);
        Double number = cell == null ? null : number(cell);
        return number == null || number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE ? null
                : number.intValue();
    }

    Integer percent(C column) {
        CellValue cell = usable(column);
        if (cell == null) {
            return null;
        }
        // a cell formatted as a percentage holds 1 for 100%, whatever typed it (Excel, LibreOffice, Sheets)
        Double number = cell.kind() == Kind.PERCENT ? Values.percentOf(cell.number()) : number(cell);
        if (number == null || number < 0 || number > 100 || number != Math.rint(number)) {
            problem(column, "“" + cell.text() + "” is not a whole number from 0 to 100.");
            return null;
        }
        return number.intValue();
    }

    LocalDate date(C column) {
        CellValue cell = usable(column);
        if (cell == null) {
            return null;
        }
        LocalDate date = switch (cell.kind()) {
            case DATE -> cell.date();
            case NUMBER -> Values.serialDate(cell.number(), date1904).orElse(null);
            case TEXT -> Values.typedDate(cell.text()).orElse(null);
            default -> null;
        };
        if (date == null) {
            problem(column, "“" + cell.text() + "” is not a date. Enter a date such as 31 Mar 2027.");
        }
        return date;
    }

    Rag rag(C column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Rag rag = Values.rag(text).orElse(null);
        if (rag == null) {
            problem(column, "“" + text + "” is not a status. Choose Blue, Green, Amber or Red.");
        }
        return rag;
    }

    ActionStatus status(C column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        ActionStatus status = Values.status(text).orElse(null);
        if (status == null) {
            problem(column, "“" + text + "” is not a status. Choose Not started, In progress, Blocked, Done or "
                    + "Cancelled.");
        }
        return status;
    }

    Boolean yesNo(C column) {
        CellValue cell = usable(column);
        if (cell == null) {
            return null;
        }
        Boolean value = Values.yesNo(cell.text()).orElse(null);
        if (value == null) {
            problem(column, "“" + cell.text() + "” is not Yes or No.");
        }
        return value;
    }

    void required(C column, Object value, String message) {
        // a cell that is there but could not be read has its own problem already
        if (value == null && cell(column) == null) {
            problem(column, message);
        }
    }

    void length(C column, String value, int max) {
        if (value != null && value.length() > max) {
            problem(column, "Must be " + max + " characters or fewer (this has " + value.length() + ").");
        }
    }

    private static Double number(CellValue cell) {
        return switch (cell.kind()) {
            case NUMBER -> cell.number();
            case TEXT -> {
                // "1,000", " 40 % ", and spaces of any kind: a non-breaking space groups digits in some locales
                String text = TextMatch.key(cell.text()).replace(" ", "").replace(",", "");
                if (text.endsWith("%")) {
                    text = text.substring(0, text.length() - 1).trim();
                }
                try {
                    yield Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            default -> null;
        };
    }
}
