package org.neighbourhoodportal.maturity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.neighbourhoodportal.maturity.AssessmentDetails;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;

/**
 * The assessment: the framework it used (with its source), the chart of current against target, and each domain with
 * its owner, evidence, support needed and questions. Owners get a button on their own domains; the ICB on each.
 */
class AssessmentCard extends Div {

    AssessmentCard(AssessmentDetails a, Consumer<AssessmentDetails.DomainRow> record,
                   Consumer<AssessmentDetails.DomainRow> comment) {
        addClassName("portal-card");
        setWidthFull();
        add(new H3(a.teamName() + ": " + a.period()));
        Div facts = new Div("Opened by " + a.openedBy() + " on " + Formats.day(a.openedAt()) + " · domains due by "
                + Formats.day(a.closesOn()) + (a.icbQuestionRounds() > 0 ? " · ICB questions: "
                + a.icbQuestionRounds() + (a.icbQuestionRounds() == 1 ? " round" : " rounds") : ""));
        facts.addClassName("portal-muted");
        add(facts, new Badge(a.status().label(), switch (a.status()) {
            case PUBLISHED -> Badge.Tone.DONE;
            default -> Badge.Tone.WAITING;
        }));
        Paragraph framework = new Paragraph("Framework: " + a.framework().label() + ". Source: "
                + a.framework().source() + ". Stages and descriptions are to be checked against the published "
                + "matrix. This is a development tool, not performance management.");
        framework.addClassName("portal-muted");
        add(framework);
        add(new H4("Where the team is and where it aims to be"));
        add(new StageChart(a.framework().stages(), a.domains()));
        add(new H4("Domain by domain"));
        for (AssessmentDetails.DomainRow row : a.domains()) {
            Div line = new Div();
            line.addClassName("timeline-entry");
            line.setId("domain-" + row.code());
            Div who = new Div(row.domain());
            who.getStyle().set("font-weight", "600");
            Div owner = new Div("Owner: " + row.ownerName() + (row.current() == null ? " · not recorded yet"
                    : " · now " + row.current().label() + ", aiming for " + row.target().label()));
            owner.addClassName("when");
            line.add(who, owner);
            addText(line, "Evidence", row.evidence());
            if (!row.evidenceLinks().isEmpty()) {
                line.add(EvidenceList.of(row.code(), row.evidenceLinks()));
            }
            addText(line, "Support the team needs", row.supportNeeded());
            addText(line, "The lead asks", row.leadQuestion());
            addText(line, "ICB comment", row.icbComment());
            if (row.youMayRecord()) {
                Button edit = new Button(row.current() == null ? "Record this domain" : "Change this domain",
                        e -> record.accept(row));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                edit.setId("record-" + row.code());
                line.add(edit);
            }
            if (a.youMayReview()) {
                Button note = new Button("Comment on this domain", e -> comment.accept(row));
                note.addThemeVariants(ButtonVariant.LUMO_SMALL);
                note.setId("comment-" + row.code());
                line.add(note);
            }
            add(line);
        }
    }

    private static void addText(Div line, String label, String text) {
        if (text != null && !text.isBlank()) {
            Div detail = new Div(label + ": " + text);
            detail.addClassName("detail");
            detail.getStyle().set("white-space", "pre-wrap");
            line.add(detail);
        }
    }
}
