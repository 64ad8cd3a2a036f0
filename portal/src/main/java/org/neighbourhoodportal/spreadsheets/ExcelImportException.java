package org.neighbourhoodportal.spreadsheets;

/**
 * The workbook cannot be read or used as a whole (not a workbook, columns missing, too large, the plan changed since
 * the preview). Its message is plain English and safe to show; nothing has been saved.
 */
public class ExcelImportException extends RuntimeException {

    public ExcelImportException(String message) {
        super(message);
    }

    public ExcelImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
