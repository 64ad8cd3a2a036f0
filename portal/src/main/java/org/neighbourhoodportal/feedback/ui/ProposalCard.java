package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.neighbourhoodportal.feedback.ProposalDetails;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;

/** The proposal, the views given so far and the decision: on its page and beside each of its tasks. */
class ProposalCard extends Div {

    ProposalCard(ProposalDetails proposal) {
        addClassName("portal-card");
        setWidthFull();
        add(new H3(proposal.title()));
        Div facts = new Div(proposal.teamName() + " · asked by " + proposal.createdBy() + " on "
                + Formats.day(proposal.createdAt()) + " · views needed by " + Formats.day(proposal.closesOn()));
        facts.addClassName("portal-muted");
        add(facts, new Badge(proposal.status().label(), Badge.Tone.WAITING));
        Paragraph text = new Paragraph(proposal.proposal());
        text.getStyle().set("white-space", "pre-wrap");
        add(text);
        add(new Paragraph("Asked: " + String.join(", ", proposal.invitedPpgs())));
        add(new H4("Views given"));
        if (proposal.views().isEmpty()) {
            add(new Paragraph("No views yet."));
        }
        for (ProposalDetails.PpgView view : proposal.views()) {
            Div line = new Div();
            line.addClassName("timeline-entry");
            Div who = new Div(view.ppgName() + ": " + view.stance().label());
            who.getStyle().set("font-weight", "600");
            Div when = new Div(view.responder() + " · " + Formats.dayTime(view.respondedAt())
                    + (view.peopleConsulted() == null ? "" : " · heard from " + view.peopleConsulted() + " people"));
            when.addClassName("when");
            Div comments = new Div(view.comments());
            comments.addClassName("detail");
            line.add(who, when, comments);
            add(line);
        }
        if (proposal.decision() != null) {
            add(new H4("What the INT will do"));
            Paragraph decision = new Paragraph(proposal.decision());
            decision.getStyle().set("white-space", "pre-wrap");
            add(decision);
        }
    }
}
