package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.neighbourhoodportal.governance.GroupDetails;
import org.neighbourhoodportal.governance.GroupStatus;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;

/** The group: its seats, who sits on each (or was nominated), their organisations, the term and the gaps. */
class LeadershipGroupCard extends Div {

    LeadershipGroupCard(GroupDetails group) {
        addClassName("portal-card");
        setWidthFull();
        add(new H3(group.name()));
        boolean confirmed = group.status() == GroupStatus.CONFIRMED;
        Div facts = new Div(group.team() + " · term of office " + group.termMonths() + " months"
                + (confirmed ? " · confirmed " + Formats.day(group.confirmedAt()) + ", term ends "
                + Formats.day(group.termEndsOn()) : ""));
        facts.addClassName("portal-muted");
        add(facts, new Badge(group.status().label(), confirmed ? Badge.Tone.DONE : Badge.Tone.WAITING));
        if (group.gaps() != null) {
            add(new H4(confirmed || group.gapsAcceptedReason() != null ? "Gaps accepted" : "Gaps found"));
            group.gaps().lines().forEach(g -> add(new Paragraph(g)));
            if (group.gapsAcceptedReason() != null) {
                add(new Paragraph("Why they were accepted: " + group.gapsAcceptedReason()));
            }
        }
        add(new H4(confirmed ? "Seats and members" : "Seats and nominations"));
        for (GroupDetails.SeatView seat : group.seats()) {
            Div line = new Div();
            line.addClassName("timeline-entry");
            Div name = new Div(seat.name() + (seat.sponsor() ? " (senior sponsor)" : seat.core() ? " (core)" : ""));
            name.getStyle().set("font-weight", "600");
            line.add(name);
            if (seat.people().isEmpty()) {
                Div empty = new Div(confirmed ? "Nobody sits on this seat." : "Nobody nominated yet.");
                empty.addClassName("when");
                line.add(empty);
            }
            for (GroupDetails.Holder holder : seat.people()) {
                Div who = new Div(holder.name() + ", " + holder.organisation()
                        + (confirmed ? ", until " + Formats.day(group.termEndsOn()) : ""));
                who.addClassName("detail");
                line.add(who);
                if (holder.statement() != null && !confirmed) {
                    Div why = new Div(holder.statement());
                    why.addClassName("when");
                    line.add(why);
                }
            }
            add(line);
        }
    }
}
