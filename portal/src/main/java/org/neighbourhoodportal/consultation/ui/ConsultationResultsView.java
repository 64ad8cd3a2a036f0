package org.neighbourhoodportal.consultation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.neighbourhoodportal.consultation.ConsultationDocuments;
import org.neighbourhoodportal.consultation.ConsultationResults;
import org.neighbourhoodportal.consultation.ConsultationService;
import org.neighbourhoodportal.consultation.ConsultationStatus;
import org.neighbourhoodportal.consultation.QuestionKind;
import org.neighbourhoodportal.consultation.ResponseStatus;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.GridCards;
import org.neighbourhoodportal.ui.RouteIds;

/**
 * Every response to a consultation, for the leads, the consulting organisation and the ICB's managers: answers per
 * question as bars (or the texts), the response rate by sector, and each organisation or PPG invited with where its
 * response is (while open: who has not answered yet).
 */
@Route("consultations/:consultationId/results")
@PageTitle("Consultation results | Neighbourhood Portal")
@PermitAll
class ConsultationResultsView extends VerticalLayout implements BeforeEnterObserver {

    private final ConsultationService consultations;
    private final ConsultationDocuments downloads;

    ConsultationResultsView(ConsultationService consultations, ConsultationDocuments downloads) {
        this.consultations = consultations;
        this.downloads = downloads;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = RouteIds.id(event, "consultationId", "That consultation does not exist.");
        ConsultationResults r = consultations.results(id);
        add(new H2("Results: " + r.title()));
        add(new Anchor("consultations/" + id, "Back to the consultation"));
        add(Downloads.link("download-responses", "All responses (Excel)",
                Downloads.fileName(r.title() + " responses", "xlsx"), ConsultationDocuments.XLSX,
                () -> downloads.responsesWorkbook(id)));
        int sent = r.responses().size();
        add(new Paragraph(sent + " of " + r.invited().size() + " invited organisations and PPGs have responded. "
                + r.status().label() + "."));

        add(new H3("Response rate by sector"));
        Grid<ConsultationResults.Rate> sectors = new Grid<>();
        sectors.setId("sector-grid");
        sectors.setAllRowsVisible(true);
        sectors.addColumn(ConsultationResults.Rate::sector).setHeader("Sector").setFlexGrow(2);
        sectors.addColumn(s -> s.responded() + " of " + s.invited()).setHeader("Responded").setAutoWidth(true);
        sectors.addColumn(s -> s.percent() + "%").setHeader("Rate").setAutoWidth(true);
        GridCards.onPhones(sectors, s -> GridCards.card(s.sector(), s.responded() + " of " + s.invited()
                + " responded (" + s.percent() + "%)"));
        sectors.setItems(r.bySector());
        add(sectors);

        add(new H3(r.status() == ConsultationStatus.OPEN ? "Who has answered, and who has not yet"
                : "Who responded"));
        Grid<ConsultationResults.Invited> invited = new Grid<>();
        invited.setId("invited-grid");
        invited.setAllRowsVisible(true);
        invited.addColumn(ConsultationResults.Invited::partyName).setHeader("Organisation or PPG").setFlexGrow(2);
        invited.addColumn(ConsultationResults.Invited::sector).setHeader("Sector").setAutoWidth(true);
        invited.addColumn(i -> i.status().label()).setHeader("Response").setAutoWidth(true);
        invited.addColumn(i -> i.sentAt() == null ? "" : Formats.day(i.sentAt())).setHeader("Sent").setAutoWidth(true);
        GridCards.onPhones(invited, i -> GridCards.card(i.partyName(), i.sector(), i.status().label()
                + (i.sentAt() == null ? "" : " on " + Formats.day(i.sentAt()))));
        invited.setItems(r.invited());
        add(invited);

        add(new H3("Answers by question"));
        for (ConsultationResults.QuestionResult q : r.questions()) {
            add(new H4(q.number() + ". " + q.question()));
            if (q.kind() == QuestionKind.FREE_TEXT) {
                if (q.texts().isEmpty()) {
                    add(new Paragraph("No answers yet."));
                }
                for (ConsultationResults.TextAnswer t : q.texts()) {
                    Div line = new Div(new Span(t.partyName() + ": "), new Span(t.text()));
                    line.addClassName("timeline-entry");
                    add(line);
                }
                continue;
            }
            int most = q.tallies().stream().mapToInt(t -> q.kind() == QuestionKind.RANKING ? t.score() : t.count())
                    .max().orElse(0);
            for (ConsultationResults.Tally t : q.tallies()) {
                int value = q.kind() == QuestionKind.RANKING ? t.score() : t.count();
                add(bar(t.choice(), value, most, q.kind() == QuestionKind.RANKING
                        ? value + " points (" + t.count() + " ranked it first)" : value + (value == 1 ? " response"
                        : " responses")));
            }
        }
    }

    /** A bar drawn in CSS, with its number in words beside it (readable without the bar). */
    private static Div bar(String label, int value, int most, String words) {
        Div row = new Div();
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)").set("width", "100%");
        Span name = new Span(label);
        name.getStyle().set("min-width", "12rem");
        Div track = new Div();
        track.getStyle().set("flex", "1 1 8rem").set("background", "var(--lumo-contrast-10pct)")
                .set("height", "0.9rem").set("border-radius", "3px");
        Div fill = new Div();
        fill.getStyle().set("width", (most == 0 ? 0 : Math.round(100f * value / most)) + "%")
                .set("height", "100%").set("background", "var(--lumo-primary-color)").set("border-radius", "3px");
        track.add(fill);
        track.getElement().setAttribute("aria-hidden", "true");
        row.add(name, track, new Span(words));
        return row;
    }
}
