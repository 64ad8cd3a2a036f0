package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.function.Consumer;

/**
 * Rows that open a record open the same way with a click and with the keyboard: Tab into the grid, arrow keys to the
 * row, Enter. A grid's item click alone is mouse-only (WCAG 2.1.1 Keyboard).
 */
public final class GridRows {

    private GridRows() {
    }

    /**
     * Opens a row's record on a click or on Enter in one of its cells. Enter on a button or link inside a cell is that
     * button's or link's, not the row's.
     */
    public static <T> void openWith(Grid<T> grid, Consumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        grid.getElement().addEventListener("keydown", e -> {
            String key = e.getEventData().getString("element.getEventContext(event).item.key");
            T item = grid.getDataCommunicator().getKeyMapper().get(key);
            if (item != null) {
                open.accept(item);
            }
        }).setFilter("event.key === 'Enter' && event.target === element && !!element.getEventContext(event).item")
                .addEventData("element.getEventContext(event).item.key");
        grid.addClassName("portal-openable-rows");
    }
}
