package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.workplan.PriorityDetails;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.TagOption;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.ProgressService;

/** The card at the top of a priority's page: its status and why, who leads it, what it serves, and its buttons. */
class PriorityHeader extends Div {

    PriorityHeader(PriorityDetails details, WorkplanService workplan, PriorityService priorityService,
                   ProgressService progressService, Runnable reload) {
        PriorityRow p = details.priority();
        Div card = this;
        card.addClassName("portal-card");
        card.setWidthFull();
        H2 title = new H2(p.title());
        title.setId("priority-heading");
        title.getStyle().set("margin-top", "0");
        card.add(title, Glossary.spelledOut("RAG", "PCN", "Fuller"));

        HorizontalLayout status = new HorizontalLayout();
        status.setAlignItems(FlexComponent.Alignment.BASELINE);
        RagBadge rag = new RagBadge(p.rag());
        rag.setId("priority-rag");
        status.add(rag);
        if (p.overdueActions() > 0) {
            status.add(new Badge(p.overdueActions() + " overdue " + (p.overdueActions() == 1 ? "action" : "actions"),
                    Badge.Tone.OVERDUE));
        }
        status.add(new Span(p.percentComplete() + "% complete"));
        card.add(status);
        if (p.ragReason() != null) {
            Paragraph reason = new Paragraph("Why " + p.rag().name().toLowerCase() + ": " + p.ragReason());
            reason.setId("priority-reason");
            card.add(reason);
        }
        Div facts = new Div(new Span("Led by " + (p.leadPerson() == null ? "nobody yet" : p.leadPerson())
                + (p.leadOrganisation() == null ? "" : " (" + p.leadOrganisation() + ")") + " · "
                + Formats.day(p.startsOn()) + " to " + Formats.day(p.endsOn())));
        facts.addClassName("portal-muted");
        facts.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        card.add(facts);
        if (p.whyItMatters() != null) {
            card.add(new H3("Why it matters"));
            Paragraph why = new Paragraph(p.whyItMatters());
            why.getStyle().set("white-space", "pre-wrap");
            card.add(why);
        }
        if (!p.tags().isEmpty()) {
            card.add(new H3("What it serves"));
            Map<String, List<TagOption>> byFramework = new LinkedHashMap<>();
            TagChips.inFrameworkOrder(p.tags()).forEach(t -> byFramework.computeIfAbsent(t.frameworkName(), k -> new ArrayList<>())
                    .add(t));
            byFramework.forEach((framework, tags) -> {
                Div line = new Div(new Span(framework + ": "), new TagChips(tags));
                line.addClassName("tag-line");
                card.add(line);
            });
        }

        HorizontalLayout buttons = new HorizontalLayout();
        if (details.canUpdate()) {
            Button rate = new Button("Update status",
                    e -> new RateDialog(priorityService, progressService, p, reload).open());
            rate.setId("priority-update-status");
            rate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(rate);
        }
        if (details.canEdit()) {
            Button edit = new Button("Change the priority",
                    e -> new PriorityDialog(workplan, priorityService, details.plan(), p, id -> reload.run()).open());
            edit.setId("priority-edit");
            buttons.add(edit);
        }
        if (buttons.getComponentCount() > 0) {
            card.add(buttons);
        }
    }
}
