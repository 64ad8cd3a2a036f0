package org.neighbourhoodportal.maturity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.neighbourhoodportal.maturity.GapProposal;
import org.neighbourhoodportal.maturity.GapToPlanService;

/**
 * From gap to plan, for the INT's leads: each domain whose target is above where the team is, the priorities that
 * already serve it first, then the proposed priority to accept (as it is or edited) or decline.
 */
class GapPanel extends Div {

    GapPanel(GapToPlanService gaps, long assessmentId, List<GapProposal> proposals, Runnable changed) {
        setId("gap-to-plan");
        setWidthFull();
        add(new H3("From gap to plan"));
        if (proposals.isEmpty()) {
            add(new Paragraph("No domain has a target above where the team is now."));
            return;
        }
        for (GapProposal gap : proposals) {
            Div box = new Div();
            box.addClassName("timeline-entry");
            box.add(new H4(gap.domain() + ": " + gap.current() + " → " + gap.target()));
            box.add(new Paragraph(gap.serving().isEmpty() ? "No priority in the work plan serves this domain yet."
                    : "Already serving this domain: " + String.join("; ", gap.serving().stream()
                    .map(p -> p.title() + " (" + p.rag().label().toLowerCase() + ")").toList())));
            if (gap.decision() != null) {
                box.add(new Paragraph("ACCEPTED".equals(gap.decision()) ? "Added to the work plan."
                        : "Declined: no new priority for this domain."));
                if (gap.priorityId() != null) {
                    com.vaadin.flow.component.html.Anchor open = new com.vaadin.flow.component.html.Anchor(
                            "workplan/priority/" + gap.priorityId(), "Open the priority in the work plan");
                    open.setId("gap-priority-" + gap.domainId());
                    box.add(open);
                }
            } else {
                box.add(new Paragraph("Proposed priority: " + gap.title()));
                Button accept = new Button("Add to the work plan…", e -> dialog(gaps, assessmentId, gap, changed).open());
                accept.setId("gap-accept-" + gap.domainId());
                accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                Button decline = new Button("Decline", e -> {
                    try {
                        gaps.decline(assessmentId, gap.domainId());
                        Told.saved("Declined.");
                        changed.run();
                    } catch (RuntimeException failed) {
                        Told.failed(failed);
                    }
                });
                decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
                box.add(accept, decline);
            }
            add(box);
        }
    }

    private static Dialog dialog(GapToPlanService gaps, long assessmentId, GapProposal gap, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Add a work plan priority");
        dialog.setWidth("min(40rem, 100vw)");
        TextField title = new TextField("Title");
        title.setWidthFull();
        title.setMaxLength(200);
        title.setValue(gap.title());
        TextArea why = new TextArea("Why it matters");
        why.setWidthFull();
        why.setMaxLength(4000);
        why.setValue(gap.whyItMatters());
        dialog.add(new Paragraph("It is tagged to " + gap.domain() + " and added to the team's newest work plan, "
                + "on track, for a year from today; change any of it in the work plan afterwards."), title, why);
        Button save = new Button("Add to the work plan", e -> {
            try {
                gaps.accept(assessmentId, gap.domainId(), title.getValue(), why.getValue());
                dialog.close();
                Told.saved("Added to the work plan.");
                changed.run();
            } catch (RuntimeException failed) {
                Told.failed(failed);
            }
        });
        save.setId("gap-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        return dialog;
    }
}
