package org.neighbourhoodportal.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import org.neighbourhoodportal.reporting.ReportDetails;
import org.neighbourhoodportal.reporting.ReportPriority;
import org.neighbourhoodportal.reporting.ReportSections;
import org.neighbourhoodportal.reporting.ReportStatus;
import org.neighbourhoodportal.reporting.UpdateState;
import org.neighbourhoodportal.ui.Formats;

/**
 * A report: where it has got to, each priority with who was asked and what they said, and, once compiled, the report
 * in the Suffolk format. On the report's page, and beside the lead's compiling and approval tasks.
 */
class ReportCard extends Div {

    /** @param withTitle false on the report's own page, whose heading names it already */
    ReportCard(ReportDetails report, boolean withTitle) {
        addClassName("portal-card");
        setWidthFull();
        if (withTitle) {
            add(new H3(report.title()));
        }
        HorizontalLayout facts = new HorizontalLayout(ReportLabels.status(report.status()));
        facts.setAlignItems(FlexComponent.Alignment.BASELINE);
        facts.add(muted(facts(report)));
        add(facts);
        if (report.status() == ReportStatus.COMPILING && report.changesNeeded() != null) {
            Div changes = new Div();
            changes.setId("changes-needed");
            changes.addClassName("portal-card");
            changes.getStyle().set("background", "var(--lumo-error-color-10pct)").set("margin", "var(--lumo-space-s) 0");
            changes.add(new Span("Sent back for changes: "));
            Span text = new Span(report.changesNeeded());
            text.getStyle().set("white-space", "pre-wrap");
            changes.add(text);
            add(changes);
        }

        add(new H4("Priorities"));
        Div priorities = new Div();
        priorities.setId("report-priorities");
        for (ReportPriority priority : report.priorities()) {
            priorities.add(priority(priority, report.managedByMe() && report.sections() == null,
                    report.isPublished()));
        }
        if (report.priorities().isEmpty()) {
            priorities.add(new Paragraph("The work plan had no priorities when this report started."));
        }
        add(priorities);

        ReportSections sections = report.sections();
        if (sections != null) {
            Div text = new Div();
            text.setId("report-sections");
            text.add(section("Priorities, as reported", sections.prioritiesSummary()));
            for (ReportSections.Section section : sections.sectionsAfterPriorities()) {
                text.add(section(section.heading(), section.text()));
            }
            add(text);
        }
    }

    private static String facts(ReportDetails report) {
        List<String> parts = new ArrayList<>();
        parts.add("Started " + Formats.day(report.startedAt()) + " by " + report.startedBy());
        long updated = report.withState(UpdateState.UPDATED).size();
        parts.add(updated + " of " + report.asked().size() + " priorities updated");
        if (report.status() == ReportStatus.COLLECTING_UPDATES) {
            parts.add("updates due by " + Formats.dayTime(report.updatesDue()));
        }
        if (report.remindedAt() != null) {
            parts.add("reminder sent " + Formats.day(report.remindedAt()));
        }
        if (report.compiledBy() != null) {
            parts.add("compiled by " + report.compiledBy());
        }
        if (report.publishedAt() != null) {
            parts.add("published " + Formats.day(report.publishedAt()));
        }
        return String.join(" · ", parts);
    }

    /**
     * One line per priority; with what the owner wrote while the lead has yet to compile it. Once published, only an
     * update that is missing is pointed out.
     */
    private static Div priority(ReportPriority priority, boolean withUpdate, boolean published) {
        Div entry = new Div();
        entry.addClassName("timeline-entry");
        HorizontalLayout line = new HorizontalLayout();
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setSpacing(true);
        Span title = new Span(priority.title());
        title.getStyle().set("font-weight", "600");
        line.add(title, ReportLabels.rag(priority.currentRag()));
        if (!published || priority.state() != UpdateState.UPDATED) {
            line.add(ReportLabels.state(priority.state()));
        }
        entry.add(line);
        String who = priority.state() == UpdateState.UPDATED
                ? "Updated by " + priority.updatedBy() + " on " + Formats.day(priority.updatedAt())
                : priority.state() == UpdateState.NOT_ASKED ? "Complete before this month"
                : "Asked of " + priority.askedWho();
        Div when = new Div(who + (priority.state() == UpdateState.UPDATED && priority.ragReason() != null
                ? " · " + priority.ragReason() : ""));
        when.addClassName("when");
        entry.add(when);
        if (withUpdate && priority.state() == UpdateState.UPDATED) {
            Div detail = new Div();
            detail.addClassName("detail");
            detail.setText(join("Progress this month", priority.progress()) + join("Next month", priority.nextMonth())
                    + join("Learning to share", priority.learning()) + join("Help needed", priority.helpNeeded())
                    + join("Issues and risks", priority.issuesRisks()));
            entry.add(detail);
        }
        return entry;
    }

    private static String join(String label, String text) {
        return text == null || text.isBlank() ? "" : label + ": " + text.strip() + "\n";
    }

    private static Div section(String heading, String text) {
        Div section = new Div();
        section.add(new H4(heading));
        Paragraph body = new Paragraph(text == null || text.isBlank() ? "None this month." : text.strip());
        body.getStyle().set("white-space", "pre-wrap").set("margin-top", "0");
        if (text == null || text.isBlank()) {
            body.addClassName("portal-muted");
        }
        section.add(body);
        return section;
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("portal-muted");
        return span;
    }
}
