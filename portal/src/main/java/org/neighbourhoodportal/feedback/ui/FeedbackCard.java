package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.neighbourhoodportal.feedback.FeedbackDetails;
import org.neighbourhoodportal.ui.Formats;

/** What the PPG said, and the response if there is one: shown on the item's page and beside each task of its loop. */
class FeedbackCard extends Div {

    FeedbackCard(FeedbackDetails item) {
        addClassName("portal-card");
        setWidthFull();
        H3 title = new H3(item.summary());
        title.setId("feedback-summary");
        add(title);
        Div facts = new Div(new Span(item.theme() + " · from " + item.ppgName() + " (" + item.submittedBy() + ") · sent "
                + Formats.day(item.submittedAt()) + " · to " + item.teamName()));
        facts.addClassName("portal-muted");
        add(facts);
        add(FeedbackBadges.status(item.status(), item.escalated()));
        add(new H4("What patients said"));
        Paragraph said = new Paragraph(item.patientsSaid());
        said.getStyle().set("white-space", "pre-wrap");
        add(said);
        add(new Paragraph(item.mayContact() ? "Patients are happy to be contacted about this."
                : "Patients have not asked to be contacted."));
        if (item.route() != null) {
            add(new Paragraph("Route: " + item.route() + (item.referredTo() == null ? "" : " – " + item.referredTo())));
        }
        if (item.isReopened()) {
            // what the next person needs to act on: why it came back, before the answer that did not settle it
            Div reopened = new Div(new H4("Why the PPG reopened it"), new Paragraph(item.reopenedBecause()));
            reopened.setId("feedback-reopen-reason");
            reopened.addClassName("portal-reopened");
            reopened.getStyle().set("white-space", "pre-wrap");
            add(reopened);
        }
        if (item.response() != null) {
            add(new H4(item.isReopened() ? "The earlier response, which did not resolve it"
                    : item.responsePublishedAt() == null ? "Draft response" : "You said, we did"));
            Paragraph response = new Paragraph(item.response());
            response.setId("feedback-response");
            response.getStyle().set("white-space", "pre-wrap");
            add(response);
        }
    }
}
