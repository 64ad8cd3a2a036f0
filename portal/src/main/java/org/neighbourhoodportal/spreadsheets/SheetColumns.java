package org.neighbourhoodportal.spreadsheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.spreadsheets.ReadWorkbook.SheetData;

/** Finds the columns of a sheet by their headings, wherever they are and however they are spaced or cased. */
public final class SheetColumns {

    private SheetColumns() {
    }

    /** A column an import looks for: its heading, and whether the import needs it. */
    public interface Column {
        String heading();

        boolean imported();
    }

    /**
     * Where each column the import reads is; names the ones that are missing.
     *
     * @param keepHeadings what to tell a person whose sheet lacks one ("Keep the headings in the first row …")
     * @throws ExcelImportException naming every missing column
     */
    public static <C extends Enum<C> & Column> Map<C, Integer> find(SheetData sheet, C[] columns,
                                                                    String keepHeadings) {
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
                + (missing.size() == 1 ? " " : "s ") + list + ". " + keepHeadings);
    }
    return found;
}
}
