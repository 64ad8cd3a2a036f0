package org.neighbourhoodportal.workplan.excel;

import java.util.List;

/** An existing priority or action that the file changes, field by field. */
public record RowChange(String sheet, int row, long id, String title, List<FieldChange> fields) {

    public RowChange {
        fields = List.copyOf(fields);
    }
}
