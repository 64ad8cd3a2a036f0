package org.neighbourhoodportal.funding.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neighbourhoodportal.funding.BidRow;
import org.neighbourhoodportal.funding.BidStage;
import org.neighbourhoodportal.funding.FundSummary;
import org.neighbourhoodportal.funding.FundingService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.GridCards;

/**
 * The pipeline of joint funding bids the person may see, as a board by stage, with an Excel download and, for everyone
 * who sees more than one INT's bids or an ICB's, the totals sought, won and lost by fund.
 */
@Route(FundingBoardView.ROUTE)
@PageTitle("Funding bids | Neighbourhood Portal")
@PermitAll
class FundingBoardView extends VerticalLayout {

    static final String ROUTE = "funding";

    FundingBoardView(FundingService funding, CurrentUser currentUser) {
        addClassName("portal-page");
        add(new H2("Joint funding bids"));
        add(Glossary.spelledOut("INT", "ICB"));
        add(new Paragraph("Opportunities the INT's member organisations may bid for together, from the first "
                + "expressions of interest to the funder's answer. Open a bid to see its partners, commitments, "
                + "documents and history."));
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        if (currentUser.require().isLead()) {
            Anchor log = new Anchor(LogOpportunityView.ROUTE, "Log a funding opportunity");
            log.setId("log-opportunity");
            actions.add(log);
        }
        Anchor download = new Anchor(download(funding), "");
        download.setTarget(AnchorTarget.BLANK);
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" Download the pipeline as Excel"));
        download.setId("download-pipeline");
        actions.add(download);
        add(actions);

        List<BidRow> bids = funding.pipeline();
        if (bids.isEmpty()) {
            add(new Paragraph("No funding bids yet."));
        }
        Div board = new Div();
        board.setId("funding-board");
        board.setWidthFull();
        board.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fill, minmax(15rem, 1fr))");
        Map<BidStage, List<BidRow>> byStage = bids.stream().collect(Collectors.groupingBy(BidRow::stage));
        for (BidStage stage : BidStage.values()) {
            List<BidRow> inStage = byStage.getOrDefault(stage, List.of());
            if (inStage.isEmpty() && stage.isClosed()) {
                continue;
            }
            Div column = new Div();
            column.addClassName("portal-card");
            column.getElement().setAttribute("aria-label", stage.label());
            H3 heading = new H3(stage.label() + " (" + inStage.size() + ")");
            heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin-top", "0");
            column.add(heading);
            if (inStage.isEmpty()) {
                Div none = new Div("None");
                none.addClassName("portal-muted");
                column.add(none);
            }
            for (BidRow bid : inStage) {
                Div card = new Div();
                card.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)")
                        .set("padding", "var(--lumo-space-s) 0");
                Anchor title = new Anchor(FundingService.route(bid.id()), bid.title());
                title.getStyle().set("font-weight", "600");
                Div facts = new Div(bid.fund() + " · " + pounds(bid.amountSought()) + " · due "
                        + Formats.day(bid.deadline()));
                facts.addClassName("portal-muted");
                Div team = new Div(bid.teamName() + (bid.leadPartner() == null ? "" : " · led by "
                        + bid.leadPartner()));
                team.addClassName("portal-muted");
                card.add(title, facts, team);
                column.add(card);
            }
            board.add(column);
        }
        add(board);

        List<FundSummary> funds = funding.fundSummaries();
        if (!funds.isEmpty()) {
            add(new H3("Sought, won and lost by fund"));
            Grid<FundSummary> grid = new Grid<>();
            grid.setId("fund-totals");
            grid.setAllRowsVisible(true);
            grid.addColumn(FundSummary::teamName).setHeader("INT").setAutoWidth(true);
            grid.addColumn(FundSummary::fund).setHeader("Fund").setFlexGrow(2);
            grid.addColumn(FundSummary::bids).setHeader("Bids").setAutoWidth(true);
            grid.addColumn(s -> pounds(s.sought())).setHeader("Sought").setAutoWidth(true);
            grid.addColumn(s -> pounds(s.won())).setHeader("Won").setAutoWidth(true);
            grid.addColumn(s -> pounds(s.lost())).setHeader("Lost").setAutoWidth(true);
            GridCards.onPhones(grid, "Fund", s -> GridCards.card(s.fund(), s.teamName() + " · " + s.bids() + " bid"
                    + (s.bids() == 1 ? "" : "s"), "Sought " + pounds(s.sought()) + " · won " + pounds(s.won())
                    + " · lost " + pounds(s.lost())));
            grid.setItems(funds);
            add(grid);
        }
    }

    static String pounds(long amount) {
        return "£" + String.format("%,d", amount);
    }

    private static DownloadHandler download(FundingService funding) {
        return event -> {
            event.setFileName("funding-pipeline.xlsx");
            event.setContentType(FundingService.EXCEL_TYPE);
            funding.exportPipeline(event.getOutputStream());
        };
    }
}
