package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
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
    /** The key of the card column. */
    public static final String CARD_KEY = "card";
    /** The attribute marking a grid that turns into cards on a phone. */
    public static final String CARD_GRID = "portal-card-grid";
    /** The attribute a grid has while it shows its cards (tests wait for it after a change of width). */
    public static final String SHOWING_CARDS = "portal-cards";
    private static final String WIDE_COLUMNS = "portal-wide-columns";

    private GridCards() {
    }

    /**
     * Adds the card column (hidden until the window is narrow) and switches between it and the grid's other columns
     * as the window's width crosses {@link #PHONE_WIDTH}. The card column is headed by the first of the other columns'
     * headers (usually what the card's title is); when the card's title is another column, say so with
     * {@link #onPhones(Grid, String, ValueProvider)}.
     */
    public static <T> void onPhones(Grid<T> grid, ValueProvider<T, Component> card) {
        String header = grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getHeaderText)
                .filter(h -> h != null && !h.isBlank()).findFirst().orElse("Details");
        onPhones(grid, header, card);
    }

    /**
     * As {@link #onPhones(Grid, ValueProvider)}, the card column headed {@code header} (a phone shows no empty
     * header row above the cards: a heading a screen reader reads out for each card).
     */
    public static <T> void onPhones(Grid<T> grid, String header, ValueProvider<T, Component> card) {
        // the columns shown on wider screens: those the view has not hidden itself
        List<Grid.Column<T>> columns = grid.getColumns().stream().filter(Grid.Column::isVisible).toList();
        Grid.Column<T> cards = grid.addComponentColumn(card).setHeader(header).setKey(CARD_KEY).setFlexGrow(1);
        cards.setVisible(false);
        ComponentUtil.setData(grid, WIDE_COLUMNS, columns);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute(CARD_GRID, true);
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            // the window's width now: the client details the UI keeps are those of its first page, stale once the
            // window was resized or a phone turned before this page was reached in the same UI
            ui.getPage().executeJs("return window.innerWidth").then(Integer.class, width -> showFor(grid, width));
            Registration resize = ui.getPage().addBrowserWindowResizeListener(e -> showFor(grid, e.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /**
     * Shows the cards (a window narrower than {@link #PHONE_WIDTH}) or the columns, as the browser window's width
     * says; what the listeners call, and tests.
     */
    @SuppressWarnings("unchecked")
    public static <T> void showFor(Grid<T> grid, int windowWidth) {
        Grid.Column<T> cards = grid.getColumnByKey(CARD_KEY);
        List<Grid.Column<T>> columns = (List<Grid.Column<T>>) ComponentUtil.getData(grid, WIDE_COLUMNS);
        if (cards != null && columns != null) {
            show(grid, columns, cards, windowWidth);
        }
    }

    private static <T> void show(Grid<T> grid, List<Grid.Column<T>> columns, Grid.Column<T> cards, int width) {
        boolean phone = width > 0 && width < PHONE_WIDTH;
        if (cards.isVisible() == phone) {
            return;
        }
        cards.setVisible(phone);
        columns.forEach(c -> c.setVisible(!phone));
        grid.getElement().setAttribute(SHOWING_CARDS, phone);
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
