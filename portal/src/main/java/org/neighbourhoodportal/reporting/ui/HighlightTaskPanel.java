package org.neighbourhoodportal.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.neighbourhoodportal.attachments.ui.AttachmentPanels;
import org.neighbourhoodportal.reporting.HighlightReportService;
import org.neighbourhoodportal.reporting.ReportAttachments;
import org.neighbourhoodportal.reporting.ReportTasks;
import org.neighbourhoodportal.reporting.UpdateRequest;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.ui.RecordPanelProvider;
import org.neighbourhoodportal.workplan.UpdateRow;

/**
 * Beside an owner's update: the priority, where it stands and what was said about it lately. Beside the lead's
 * compiling and approval: the whole report with every owner's update.
 */
@org.springframework.stereotype.Component
class HighlightTaskPanel implements RecordPanelProvider {

    private final HighlightReportService reports;
    private final ReportTasks tasks;
    private final AttachmentPanels documents;

    HighlightTaskPanel(HighlightReportService reports, ReportTasks tasks, AttachmentPanels documents) {
        this.documents = documents;
        this.reports = reports;
        this.tasks = tasks;
    }

    @Override
    public Optional<Component> panelFor(WorkItem task) {
        if (!tasks.isOf(task)) {
            return Optional.empty();
        }
        long id = Long.parseLong(task.businessKey());
        Component files = documents.forTask(ReportAttachments.RECORD_TYPE, id, task.name());
        if (tasks.isPriorityUpdate(task)) {
            return Optional.of(new Div(updateCard(reports.updateRequest(task.id())), files));
        }
        return Optional.of(new Div(new ReportCard(reports.details(id), true), files));
    }

    private static Div updateCard(UpdateRequest request) {
        Div card = new Div();
        card.setId("update-request");
        card.addClassName("portal-card");
        card.setWidthFull();
        card.add(new H3(request.priorityTitle()));
        Div facts = new Div("For the highlight report " + request.reportTitle() + " · updates due by "
                + Formats.dayTime(request.updatesDue()));
        facts.addClassName("portal-muted");
        card.add(facts);
        Div now = new Div(new Span("Status in the work plan now: "));
        if (request.rag() != null) {
            now.add(ReportLabels.rag(request.rag()));
        }
        if (request.ragReason() != null) {
            now.add(new Span(" " + request.ragReason()));
        }
        card.add(now);
        card.add(new H4("Latest updates in the work plan"));
        if (request.recentUpdates().isEmpty()) {
            card.add(new Paragraph("None yet."));
        }
        for (UpdateRow update : request.recentUpdates()) {
            Div line = new Div();
            line.addClassName("timeline-entry");
            Div when = new Div(update.author() + " · " + Formats.day(update.writtenOn()));
            when.addClassName("when");
            Div text = new Div(update.text());
            text.addClassName("detail");
            line.add(when, text);
            card.add(line);
        }
        return card;
    }
}
