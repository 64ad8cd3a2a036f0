package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import org.neighbourhoodportal.spreadsheets.RowProblem;

/**
 * The parts every spreadsheet import page shows alike (the work plan's, the directory's): the upload's words, the
 * list of problems by sheet, row and column, the preview's lists, and the one-line outcome.
 */
public final class UploadPreviews {

    /** Lists this long or shorter show every row; longer ones scroll. */
    private static final int SHORT_LIST = 12;

    private UploadPreviews() {
    }

    /** A compact list that wraps its cells, as tall as its rows up to a dozen, then scrolling. */
    public static <T> Grid<T> grid(String id, List<T> items) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.setItems(items);
        grid.setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        if (items.size() <= SHORT_LIST) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("26rem");
        }
        return grid;
    }

    /** Every problem of a file: sheet, row, column and what is wrong, in plain words. */
    public static Grid<RowProblem> problems(String id, List<RowProblem> problems) {
        Grid<RowProblem> grid = grid(id, problems);
        grid.addColumn(RowProblem::sheet).setKey("sheet").setHeader("Sheet").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RowProblem::row).setKey("row").setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RowProblem::column).setKey("column").setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RowProblem::message).setKey("message").setHeader("What is wrong").setFlexGrow(1);
        return grid;
    }

    /** The outcome of an upload or an apply, green or red. */
    public static Paragraph message(String id, String text, boolean problem) {
        Paragraph message = new Paragraph(text);
        message.setId(id);
        message.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", problem ? "var(--lumo-error-color-10pct)" : "var(--lumo-success-color-10pct)")
                .set("color", problem ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
        return message;
    }

    /** The upload's words: its button, and what it says about a file too large, of the wrong kind, or one too many. */
    public static UploadI18N i18n(String addFile, String tooLarge, String wrongType, String oneAtATime) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(addFile));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("or drop it here"));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(tooLarge)
                .setIncorrectFileType(wrongType)
                .setTooManyFiles(oneAtATime));
        return i18n;
    }
}
