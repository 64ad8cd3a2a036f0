package org.neighbourhoodportal.workplan.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opening an exported workbook and editing it with POI, as a person would in Excel. */
final class Workbooks {

    private Workbooks() {
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Workbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the file, lets the edit run, and returns the saved file. */
    static byte[] edit(byte[] bytes, java.util.function.Consumer<XSSFWorkbook> edit) {
        XSSFWorkbook workbook = open(bytes);
        edit.accept(workbook);
        return bytes(workbook);
    }

    static int column(Sheet sheet, String heading) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(heading)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + heading + " in " + sheet.getSheetName());
    }

    /** The row whose ID column holds this id. */
    static Row row(Sheet sheet, long id) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (row.getRowNum() > 0 && cell != null && cell.getCellType() == CellType.NUMERIC
                    && (long) cell.getNumericCellValue() == id) {
                return row;
            }
        }
        throw new AssertionError("No row with ID " + id + " in " + sheet.getSheetName());
    }

    static Cell cell(Sheet sheet, long id, String heading) {
        Row row = row(sheet, id);
        int column = column(sheet, heading);
        Cell cell = row.getCell(column);
        return cell == null ? row.createCell(column) : cell;
    }

    static void set(Sheet sheet, long id, String heading, String value) {
        cell(sheet, id, heading).setCellValue(value);
    }

    static void set(Sheet sheet, long id, String heading, double value) {
        cell(sheet, id, heading).setCellValue(value);
    }

    static void set(Sheet sheet, long id, String heading, LocalDate value) {
        cell(sheet, id, heading).setCellValue(value); // keeps the cell's date style
    }

    /** A new row at the bottom, cells by heading. */
    static Row append(Sheet sheet, Object... headingsAndValues) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < headingsAndValues.length; i += 2) {
            Cell cell = row.createCell(column(sheet, (String) headingsAndValues[i]));
            Object value = headingsAndValues[i + 1];
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                CellStyle date = sheet.getWorkbook().createCellStyle();
                date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(Layout.DATE_FORMAT));
                cell.setCellStyle(date);
            } else {
                cell.setCellValue((String) value);
            }
        }
        return row;
    }
}
