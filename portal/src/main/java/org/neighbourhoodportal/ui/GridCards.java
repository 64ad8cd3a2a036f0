package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * On a phone a grid's columns collapse into one column of cards (each row's fields stacked, as in {@link #card}); on
 * anything wider the columns come back. The server follows the browser window's width, so this works for every
 * grid alike without a column layout of its own in CSS.
 */
public final class GridCards {

    /** Narrower than this (CSS pixels), a grid shows cards. */
    public static final int PHONE_WIDTH = 640;

    private GridCards() {
    }

    /**
     * Adds the card column (hidden until the window is narrow) and switches between it and the grid's other columns
     * as the window's width crosses {@link #PHONE_WIDTH}.
     */
    public static <T> void onPhones(Grid<T> grid, ValueProvider<T, Component> card) {
        // the columns shown on wider screens: those the view has not hidden itself
        List<Grid.Column<T>> columns = grid.getColumns().stream().filter(Grid.Column::isVisible).toList();
        Grid.Column<T> cards = grid.addComponentColumn(card).setHeader("").setKey("card").setFlexGrow(1);
        cards.setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> show(grid, columns, cards,
                    details.getWindowInnerWidth()));
            Registration resize = ui.getPage().addBrowserWindowResizeListener(e -> show(grid, columns, cards,
                    e.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    private static <T> void show(Grid<T> grid, List<Grid.Column<T>> columns, Grid.Column<T> cards, int width) {
        boolean phone = width > 0 && width < PHONE_WIDTH;
        if (cards.isVisible() == phone) {
            return;
        }
        cards.setVisible(phone);
        columns.forEach(c -> c.setVisible(!phone));
    }

    /** A card: the title in bold, then each further line in the muted style. */
    public static Div card(Component title, Component... lines) {
        Div card = new Div(title);
        card.addClassName("portal-grid-card");
        for (Component line : lines) {
            Div wrapped = new Div(line);
            wrapped.addClassName("portal-muted");
            card.add(wrapped);
        }
        return card;
    }

    /** A card from plain text: the title in bold, then each further line. */
    public static Div card(String title, String... lines) {
        Div heading = new Div(title);
        heading.addClassName("portal-grid-card-title");
        Component[] rest = new Component[lines.length];
        for (int i = 0; i < lines.length; i++) {
            rest[i] = new com.vaadin.flow.component.html.Span(lines[i]);
        }
        return card(heading, rest);
    }
}
