package org.neighbourhoodportal.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.reporting.HighlightReportService;
import org.neighbourhoodportal.reporting.ReportStartService;
import org.neighbourhoodportal.reporting.ReportRow;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.GridCards;
import org.neighbourhoodportal.ui.GridRows;

/** The highlight reports the person may read; a lead also sees drafts and can start this month's. */
@Route("reports")
@PageTitle("Highlight reports | Neighbourhood Portal")
@PermitAll
class ReportListView extends VerticalLayout {

    private final HighlightReportService reports;
    private final ReportStartService reportStarts;

    ReportListView(HighlightReportService reports, ReportStartService reportStarts) {
        this.reports = reports;
        this.reportStarts = reportStarts;
        addClassName("portal-page");
        setHeightFull();
        add(new H2("Highlight reports"));
        add(Glossary.spelledOut("INT", "RAG"));
        Paragraph intro = new Paragraph("Each month every INT reports on its work plan: how each priority is doing, "
                + "what was done and what comes next, learning to share, help needed, and issues and risks. "
                + "The owners of the priorities update them first; the INT lead then compiles and approves the "
                + "report. Published reports can be downloaded for Word or Excel.");
        intro.addClassName("portal-muted");
        add(intro);

        List<TeamSummary> startable = reportStarts.teamsToStartThisMonth();
        if (!startable.isEmpty()) {
            Div starts = new Div();
            starts.setId("start-reports");
            for (TeamSummary team : startable) {
                Button start = new Button(startable.size() == 1 ? "Start this month's report"
                        : "Start this month's report for " + team.name(), e -> start(team));
                start.setId("start-report-" + team.id());
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                start.getStyle().set("margin-right", "var(--lumo-space-s)");
                starts.add(start);
            }
            Paragraph note = new Paragraph("This month's report has not started yet. Starting it asks each "
                    + "priority's owner for an update.");
            note.addClassName("portal-muted");
            starts.add(note);
            add(starts);
        }

        Grid<ReportRow> grid = new Grid<>();
        grid.setId("report-grid");
        grid.addColumn(ReportRow::teamName).setHeader("Team").setFlexGrow(2);
        grid.addColumn(r -> HighlightReportService.periodLabel(r.period()))
                .setHeader("Month").setAutoWidth(true);
        grid.addComponentColumn(r -> ReportLabels.status(r.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(r -> r.asked() == 0 ? "–" : r.updated() + " of " + r.asked()).setHeader("Priorities updated")
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.day(r.publishedAt())).setHeader("Published").setAutoWidth(true);
        GridCards.onPhones(grid, r -> GridCards.card(new Div(r.teamName() + " · "
                        + HighlightReportService.periodLabel(r.period())), ReportLabels.status(r.status()),
                new Span((r.asked() == 0 ? "" : r.updated() + " of " + r.asked() + " priorities updated")
                        + (r.publishedAt() == null ? "" : " · published " + Formats.day(r.publishedAt())))));
        grid.setItems(query -> reports.list(query.getOffset(), query.getLimit()).stream(),
                query -> (int) reports.count());
        grid.setEmptyStateText("No highlight reports yet.");
        GridRows.openWith(grid, row -> getUI().ifPresent(ui -> ui.navigate("reports/" + row.id())));
        add(grid);
    }

    private void start(TeamSummary team) {
        try {
            long id = reportStarts.startThisMonth(team.id());
            Notification.show("Started – each priority's owner has been asked for an update.", 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("reports/" + id));
        } catch (NotAllowedException | IllegalArgumentException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
