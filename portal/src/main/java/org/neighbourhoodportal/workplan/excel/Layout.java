package org.neighbourhoodportal.workplan.excel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.spreadsheets.SheetColumns;

/** The workbook's shape, shared by the writer and the reader so that what is exported can be read back. */
final class Layout {

    static final String PRIORITIES = "Priorities";
    static final String ACTIONS = "Actions";
    static final String LISTS = "Lists";
    static final String ABOUT = "About this file";

    static final String YES = "Yes";
    static final String NO = "No";

    /** Excel's format code: "1 Apr 2026", the way the portal writes dates. */
    static final String DATE_FORMAT = "d mmm yyyy";

    private Layout() {
    }

    /** A column: its heading, its width in characters, and whether an import reads it. */
    interface Column extends SheetColumns.Column {
        String heading();

        int width();

        boolean imported();

        boolean hidden();

        int ordinal();
    }

    /** "Green", as the drop-down offers it. */
    static String ragName(Rag rag) {
        return rag.name().charAt(0) + rag.name().substring(1).toLowerCase(Locale.ROOT);
    }

    static List<String> ragNames() {
        return Arrays.stream(Rag.values()).map(Layout::ragName).toList();
    }

    static List<String> statusNames() {
        return Arrays.stream(ActionStatus.values()).map(ActionStatus::label).toList();
    }
}
