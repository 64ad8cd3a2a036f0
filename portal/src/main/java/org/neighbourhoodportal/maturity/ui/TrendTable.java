package org.neighbourhoodportal.maturity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.maturity.AssessmentSummary;

/** The team's trend: each domain's current stage (and target) period by period, oldest first, as a plain table. */
class TrendTable extends Div {

    TrendTable(List<AssessmentSummary> assessments) {
        setId("maturity-trend");
        if (assessments.isEmpty()) {
            add(new Paragraph("No other assessments yet."));
            return;
        }
        Map<String, String> domains = new LinkedHashMap<>();
        assessments.forEach(a -> a.cells().forEach(c -> domains.putIfAbsent(c.domainCode(), c.domain())));
        StringBuilder html = new StringBuilder("<table style=\"border-collapse:collapse;width:100%\"><caption "
                + "style=\"text-align:left\">Stage now (and aiming for), by period</caption><thead><tr>"
                + "<th scope=\"col\" style=\"text-align:left\">Domain</th>");
        assessments.forEach(a -> html.append("<th scope=\"col\" style=\"text-align:left\">").append(esc(a.period()))
                .append("</th>"));
        html.append("</tr></thead><tbody>");
        domains.forEach((code, title) -> {
            html.append("<tr><th scope=\"row\" style=\"text-align:left;font-weight:600;padding:0.25rem 0.5rem 0.25rem 0\">")
                    .append(esc(title)).append("</th>");
            for (AssessmentSummary a : assessments) {
                AssessmentSummary.Cell cell = a.cells().stream().filter(c -> c.domainCode().equals(code)).findFirst()
                        .orElse(null);
                html.append("<td style=\"padding:0.25rem 0.5rem;border-top:1px solid #d8dde0\">")
                        .append(cell == null || cell.current() == null ? "–"
                                : esc(cell.current()) + " (" + esc(cell.target()) + ")").append("</td>");
            }
            html.append("</tr>");
        });
        html.append("</tbody></table>");
        Div table = new Div();
        table.getElement().setProperty("innerHTML", html.toString());
        table.getStyle().set("overflow-x", "auto");
        add(table);
    }

    static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
