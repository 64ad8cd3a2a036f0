package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.neighbourhoodportal.governance.AgreementDetails;
import org.neighbourhoodportal.governance.AgreementStatus;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;

/**
 * A ToR or MoU: the version shown, section by section, its quorum and decision rules, the signatures, the comments,
 * and what changed from the version before.
 */
class AgreementCard extends Div {

    AgreementCard(AgreementDetails agreement) {
        addClassName("portal-card");
        setWidthFull();
        AgreementDetails.VersionView version = agreement.shown();
        add(new H3(agreement.title()));
        boolean inForce = agreement.inForceVersion() != null && agreement.inForceVersion() == version.number();
        Div facts = new Div(agreement.kind() + " · " + agreement.team() + " · version " + version.number()
                + (inForce ? " · in force since " + Formats.day(agreement.inForceFrom()) : "")
                + " · review date " + Formats.day(version.reviewOn()));
        facts.addClassName("portal-muted");
        add(facts, new Badge(agreement.status().label(), agreement.status() == AgreementStatus.IN_FORCE
                ? Badge.Tone.DONE : Badge.Tone.WAITING));
        for (AgreementDetails.SectionText section : version.sections()) {
            add(new H4(section.heading()));
            Paragraph body = new Paragraph(section.body() == null ? "Not included in this version." : section.body());
            body.getStyle().set("white-space", "pre-wrap");
            add(body);
        }
        add(new H4("Quorum and decision rules"));
        add(new Paragraph("Quorum: " + version.quorumMembers() + " members" + (version.quorumSeats().isEmpty() ? ""
                : ", including " + String.join(", ", version.quorumSeats())) + "."));
        add(new Paragraph("Decisions: " + version.decisionMethod() + "."));
        add(new Paragraph("Conflicts of interest: " + version.conflictsRule() + "."));
        if (agreement.closeReason() != null) {
            add(new H4("Sent for sign-off with objections outstanding"));
            add(new Paragraph(agreement.closeReason()));
        }
        add(new H4("Signatures"));
        if (agreement.signatures().stream().noneMatch(s -> s.version() == version.number())) {
            add(new Paragraph("Nobody has signed this version yet."));
        }
        agreement.signatures().stream().filter(s -> s.version() == version.number()).forEach(s -> add(line(
                s.organisation(), s.name() + ", " + s.role() + " · signed " + Formats.dayTime(s.at()), null)));
        if (!agreement.comments().isEmpty()) {
            add(new H4("Comments"));
            agreement.comments().forEach(c -> add(line(c.organisation() + " on version " + c.version() + ": "
                            + (c.section() == null ? "no objection" : (c.objection() ? "objection to " : "comment on ")
                            + c.section()), c.author() + " · " + Formats.dayTime(c.at()), c.body())));
        }
        if (!agreement.changes().isEmpty()) {
            add(new H4("What changed from version " + (version.number() - 1)));
            agreement.changes().stream().filter(c -> !c.change().equals("Unchanged") && !c.change()
                    .equals("Not included")).forEach(c -> add(line(c.heading() + ": " + c.change().toLowerCase(),
                    c.before() == null ? null : "Was: " + c.before(), c.after() == null ? null : "Now: " + c.after())));
            long unchanged = agreement.changes().stream().filter(c -> c.change().equals("Unchanged")).count();
            add(new Paragraph(unchanged + " other sections unchanged."));
        }
    }

    private static Div line(String what, String when, String detail) {
        Div line = new Div();
        line.addClassName("timeline-entry");
        Div head = new Div(what);
        head.getStyle().set("font-weight", "600");
        line.add(head);
        if (when != null) {
            Div at = new Div(when);
            at.addClassName("when");
            line.add(at);
        }
        if (detail != null) {
            Div text = new Div(detail);
            text.addClassName("detail");
            text.getStyle().set("white-space", "pre-wrap");
            line.add(text);
        }
        return line;
    }
}
