package org.neighbourhoodportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared kit turning a grid's rows into cards on a phone: which columns show, and what heads the cards. */
class GridCardsTests {

    record Row(String name, String sector, String status) {
    }

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_phone_shows_only_the_cards_headed_by_the_first_columns_header_and_a_wider_window_the_columns_again() {
        Grid<Row> grid = grid();
        Grid.Column<Row> internal = grid.addColumn(Row::status).setHeader("Internal");
        internal.setVisible(false); // hidden by the view itself: stays hidden on every width
        GridCards.onPhones(grid, r -> GridCards.card(r.name(), r.sector()));
        Grid.Column<Row> cards = grid.getColumnByKey(GridCards.CARD_KEY);

        assertThat(cards.getHeaderText()).isEqualTo("Organisation"); // not an empty header row on a phone
        assertThat(visible(grid)).containsExactly("Organisation", "Sector");

        GridCards.showFor(grid, 390);
        assertThat(visible(grid)).containsExactly("Organisation");
        assertThat(cards.isVisible()).isTrue();
        assertThat(grid.getElement().hasAttribute(GridCards.SHOWING_CARDS)).isTrue(); // what browser tests wait for

        GridCards.showFor(grid, 1280);
        assertThat(visible(grid)).containsExactly("Organisation", "Sector");
        assertThat(cards.isVisible()).isFalse();
        assertThat(internal.isVisible()).isFalse();
        assertThat(grid.getElement().hasAttribute(GridCards.SHOWING_CARDS)).isFalse();

        GridCards.showFor(grid, 0); // a width the browser did not give: as it was
        assertThat(cards.isVisible()).isFalse();
    }

    @Test
    void a_grid_whose_card_title_is_another_column_names_its_header() {
        Grid<Row> grid = grid();
        GridCards.onPhones(grid, "Decision", r -> GridCards.card(r.status(), r.name()));
        GridCards.showFor(grid, 390);
        assertThat(visible(grid)).containsExactly("Decision");
    }

    @Test
    void every_grid_with_cards_is_marked_for_the_browser_tests_and_keeps_all_its_rows_visible() {
        Grid<Row> grid = grid();
        grid.setAllRowsVisible(true);
        GridCards.onPhones(grid, r -> GridCards.card(r.name(), r.sector()));
        assertThat(grid.getElement().hasAttribute(GridCards.CARD_GRID)).isTrue();
        GridCards.showFor(grid, 390);
        assertThat(grid.isAllRowsVisible()).isTrue();
        assertThat(grid.getColumnByKey(GridCards.CARD_KEY).isVisible()).isTrue();
    }

    private static Grid<Row> grid() {
        Grid<Row> grid = new Grid<>();
        grid.addColumn(Row::name).setHeader("Organisation");
        grid.addColumn(Row::sector).setHeader("Sector");
        grid.setItems(List.of(new Row("VASL", "VCSE", "Sent")));
        return grid;
    }

    private static List<String> visible(Grid<Row> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getHeaderText).toList();
    }
}
