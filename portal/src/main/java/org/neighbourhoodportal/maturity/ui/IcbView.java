package org.neighbourhoodportal.maturity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.neighbourhoodportal.maturity.IcbOverview;
import org.neighbourhoodportal.maturity.IntProfileService;
import org.neighbourhoodportal.maturity.TeamProfile;
import org.neighbourhoodportal.maturity.MaturityDownloads;
import org.neighbourhoodportal.maturity.MaturityService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.ui.Glossary;

/**
 * The ICB view: every INT of the manager's ICB against every domain of its latest published assessment, ordered by
 * team name, with the support asked for grouped by domain. Never ranked or totalled: the PCN Maturity Matrix is a
 * development tool (NHS England, 2019).
 */
@Route(IcbView.ROUTE)
@PageTitle("INTs side by side | Neighbourhood Portal")
@RolesAllowed("ICB_MANAGER")
class IcbView extends VerticalLayout {

    static final String ROUTE = "maturity/icb";

    IcbView(MaturityService maturity, MaturityDownloads downloads, IntProfileService profiles,
            CurrentUser currentUser) {
        addClassName("portal-page");
        add(new H2("INTs side by side"));
        add(Glossary.spelledOut("ICB", "INT"));
        add(new Paragraph("Where each INT is and where it aims to be, from its latest published self-assessment. "
                + "Teams are in name order: this is a development view, so there are no scores, totals or ranks. "
                + "Open a team to read its evidence and its trend."));
        for (Long icbId : currentUser.require().managedIcbs()) {
            IcbOverview view = maturity.icbOverview(icbId);
            add(new H3(view.icbName()));
            add(matrix(view));
            Anchor excel = new Anchor((com.vaadin.flow.server.streams.DownloadHandler) event -> {
                event.setFileName("INTs side by side.xlsx");
                event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                downloads.icbMatrix(icbId, event.getOutputStream());
            }, com.vaadin.flow.component.html.AttachmentType.DOWNLOAD,
                    "Download as Excel (stages in words and colour, fits A4)");
            excel.setId("download-matrix");
            add(excel);
            add(new H3("Support asked for, by domain"));
            if (view.supportAskedFor().isEmpty()) {
                add(new Paragraph("No support asked for yet."));
            }
            Div support = new Div();
            support.setId("support-asked-for");
            for (IcbOverview.SupportByDomain domain : view.supportAskedFor()) {
                support.add(new H4(domain.domain()));
                UnorderedList asks = new UnorderedList();
                domain.asks().forEach(ask -> asks.add(new ListItem(ask.teamName() + " (" + ask.period() + "): "
                        + ask.support())));
                support.add(asks);
            }
            add(support);
            add(new H3("How each INT is set up"));
            add(new Paragraph("Each team's own account of its model, on the four aspects of the City & Hackney "
                    + "review of neighbourhood teams: there is no single right model."));
            add(profiles(profiles.icbProfiles(icbId)));
        }
    }

    private static Div profiles(java.util.List<TeamProfile> teams) {
        StringBuilder html = new StringBuilder("<table style=\"border-collapse:collapse;min-width:48rem\">"
                + "<caption style=\"text-align:left\">The INTs' models, as each team describes it</caption>"
                + "<thead><tr><th scope=\"col\" style=\"text-align:left;padding:0.25rem\">INT</th>");
        ProfileView.ASPECTS.forEach(a -> html.append("<th scope=\"col\" style=\"text-align:left;padding:0.25rem;"
                + "vertical-align:bottom\">").append(TrendTable.esc(a[0])).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (TeamProfile p : teams) {
            html.append("<tr><th scope=\"row\" style=\"text-align:left;padding:0.25rem;vertical-align:top;"
                    + "border-top:1px solid #d8dde0\"><a href=\"").append(ProfileView.route(p.teamId())).append("\">")
                    .append(TrendTable.esc(p.teamName())).append("</a></th>");
            for (String text : new String[] {p.scope(), p.rolesAndSectors(), p.location(), p.governance()}) {
                html.append("<td style=\"padding:0.25rem;border-top:1px solid #d8dde0;vertical-align:top\">")
                        .append(text == null ? "Not written yet" : TrendTable.esc(text)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        Div table = new Div();
        table.setId("icb-profiles");
        table.getElement().setProperty("innerHTML", html.toString());
        table.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        table.getElement().setAttribute("tabindex", "0");
        table.getElement().setAttribute("role", "region");
        table.getElement().setAttribute("aria-label", "How each INT is set up");
        return table;
    }

    private static Div matrix(IcbOverview view) {
        StringBuilder html = new StringBuilder("<table style=\"border-collapse:collapse;min-width:48rem\">"
                + "<caption style=\"text-align:left\">Stage now, and aiming for; change since the last period"
                + "</caption><thead><tr><th scope=\"col\" style=\"text-align:left;padding:0.25rem\">INT</th>");
        view.domains().forEach(d -> html.append("<th scope=\"col\" style=\"text-align:left;padding:0.25rem;"
                + "vertical-align:bottom\">").append(TrendTable.esc(d)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (IcbOverview.TeamRow row : view.teams()) {
            html.append("<tr><th scope=\"row\" style=\"text-align:left;padding:0.25rem;border-top:1px solid #d8dde0\">");
            if (row.assessmentId() != null) {
                html.append("<a href=\"maturity/").append(row.assessmentId()).append("\">")
                        .append(TrendTable.esc(row.teamName())).append("</a><br><span style=\"font-weight:400\">")
                        .append(TrendTable.esc(row.period())).append("</span>");
            } else {
                html.append(TrendTable.esc(row.teamName()));
            }
            html.append("</th>");
            for (IcbOverview.Cell cell : row.cells()) {
                html.append("<td style=\"padding:0.25rem;border-top:1px solid #d8dde0;vertical-align:top\">")
                        .append(TrendTable.esc(cell.current()));
                if (cell.target() != null) {
                    html.append(" → ").append(TrendTable.esc(cell.target()));
                }
                if (cell.change() != null) {
                    html.append("<br><span style=\"font-size:0.85em;color:#425563\">")
                            .append(TrendTable.esc(cell.change())).append("</span>");
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        Div table = new Div();
        table.setId("icb-matrix");
        table.getElement().setProperty("innerHTML", html.toString());
        table.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        table.getElement().setAttribute("tabindex", "0");
        table.getElement().setAttribute("role", "region");
        table.getElement().setAttribute("aria-label", "INTs against domains");
        return table;
    }
}
