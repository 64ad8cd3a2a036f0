package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import org.neighbourhoodportal.directory.PpgSummary;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.feedback.FeedbackFilter;
import org.neighbourhoodportal.feedback.FeedbackRow;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.feedback.FeedbackStatus;
import org.neighbourhoodportal.forms.Option;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.GridCards;
import org.neighbourhoodportal.ui.GridRows;

/** Feedback from PPGs, newest first, narrowed by team, PPG, status and theme; pages lazily through the service. */
@Route("feedback")
@PageTitle("Feedback from PPGs | Neighbourhood Portal")
@PermitAll
class FeedbackListView extends VerticalLayout {

    private final FeedbackService feedback;
    private final Grid<FeedbackRow> grid = new Grid<>();
    private final ComboBox<TeamSummary> team = new ComboBox<>("Team");
    private final ComboBox<PpgSummary> ppg = new ComboBox<>("PPG");
    private final ComboBox<FeedbackStatus> status = new ComboBox<>("Status");
    private final ComboBox<Option> theme = new ComboBox<>("Theme");

    FeedbackListView(FeedbackService feedback) {
        this.feedback = feedback;
        addClassName("portal-page");
        setHeightFull();
        add(new H2("Feedback from PPGs"));
        add(Glossary.spelledOut("PPG", "INT"));

        team.setItems(feedback.teamsInView());
        team.setItemLabelGenerator(TeamSummary::name);
        ppg.setItems(feedback.ppgsInView());
        ppg.setItemLabelGenerator(PpgSummary::name);
        status.setItems(Arrays.asList(FeedbackStatus.values()));
        status.setItemLabelGenerator(FeedbackStatus::label);
        status.setId("filter-status");
        theme.setItems(feedback.themes());
        theme.setItemLabelGenerator(Option::label);
        for (ComboBox<?> filter : java.util.List.of(team, ppg, status, theme)) {
            filter.setClearButtonVisible(true);
            filter.setPlaceholder("All");
            filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        HorizontalLayout filters = new HorizontalLayout(team, ppg, status, theme);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(filters);

        grid.setId("feedback-grid");
        // every column fits a 1280-pixel screen beside the menu: long themes and PPG names wrap rather than push
        // Status and Sent out of sight
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(FeedbackRow::summary).setHeader("About").setFlexGrow(3).setWidth("12rem");
        grid.addColumn(FeedbackRow::theme).setHeader("Theme").setFlexGrow(1).setWidth("9rem");
        grid.addColumn(FeedbackRow::ppgName).setHeader("From").setFlexGrow(1).setWidth("9rem");
        grid.addComponentColumn(FeedbackListView::status).setHeader("Status").setFlexGrow(0).setWidth("16rem");
        grid.addColumn(r -> Formats.day(r.submittedAt())).setHeader("Sent").setFlexGrow(0).setWidth("7.5rem");
        GridCards.onPhones(grid, r -> GridCards.card(new Div(r.summary()), status(r),
                new Span(r.ppgName() + " · " + r.theme() + " · sent " + Formats.day(r.submittedAt()))));
        grid.setEmptyStateText("No feedback matches.");
        GridRows.openWith(grid, row -> getUI().ifPresent(ui -> ui.navigate("feedback/" + row.id())));
        grid.setItems(q -> feedback.list(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) feedback.count(filter()));
        add(grid);
    }

    private FeedbackFilter filter() {
        return new FeedbackFilter(team.getValue() == null ? null : team.getValue().id(),
                ppg.getValue() == null ? null : ppg.getValue().id(), status.getValue(),
                theme.getValue() == null ? null : theme.getValue().value());
    }

    private static Span status(FeedbackRow row) {
        return FeedbackBadges.status(row.status(), row.escalated());
    }
}
