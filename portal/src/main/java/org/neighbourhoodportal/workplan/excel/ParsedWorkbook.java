package org.neighbourhoodportal.workplan.excel;

import java.nio.file.Path;
import java.util.List;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook.SheetData;
import org.neighbourhoodportal.spreadsheets.WorkbookReader;

/**
 * The two sheets of an uploaded work plan as read, cell by cell, before any of it is checked against the plan. Read by
 * the shared {@link WorkbookReader} with its guards against hostile and mistaken files.
 *
 * @param date1904 whether the workbook counts days from 1904 (Excel for Mac's old default) rather than 1900: a plain
 *                 number in a date column is read by the workbook's own count
 */
record ParsedWorkbook(SheetData priorities, SheetData actions, boolean date1904) {

    static final String KEEP_SHEETS = "Keep the sheets named Priorities and Actions as they were exported.";
    static final String KEEP_HEADINGS = "Keep the headings in the first row as they were exported, or export the "
            + "plan again.";

    /** @throws org.neighbourhoodportal.spreadsheets.ExcelImportException when the file cannot be used, in plain words */
    static ParsedWorkbook read(Path file) {
        ReadWorkbook read = WorkbookReader.read(file, List.of(Layout.PRIORITIES, Layout.ACTIONS), KEEP_SHEETS);
        return new ParsedWorkbook(read.sheet(Layout.PRIORITIES), read.sheet(Layout.ACTIONS), read.date1904());
    }
}
