package org.neighbourhoodportal.workplan.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.workplan.excel.ParsedWorkbook.SheetData;

/** Finds the columns of a sheet by their headings, wherever they are and however they are spaced or cased. */
final class SheetColumns {

    private SheetColumns() {
    }

/** Where each column the import reads is; names the ones that are missing. */
static <C extends Enum<C> & Layout.Column> Map<C, Integer> find(SheetData sheet, C[] columns) {
    Map<C, Integer> found = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (C column : columns) {
        Integer index = sheet.columns().get(TextMatch.key(column.heading()));
        if (index == null && column.heading().endsWith(")")) {
            // "ID" for "ID (do not change)": the heading's explanation may have been trimmed off
            index = sheet.columns().get(TextMatch.key(column.heading().replaceAll("\\s*\\(.*\\)$", "")));
        }
        if (index != null) {
            found.put(column, index);
        } else if (column.imported()) {
            missing.add("“" + column.heading() + "”");
        }
    }
    if (!missing.isEmpty()) {
        int last = missing.size() - 1;
        String list = last == 0 ? missing.get(0)
                : String.join(", ", missing.subList(0, last)) + " and " + missing.get(last);
        throw new ExcelImportException("The " + sheet.name() + " sheet is missing the column"
                + (missing.size() == 1 ? " " : "s ") + list + ". Keep the headings in the first row as they "
                + "were exported, or export the plan again.");
    }
    return found;
}
}
