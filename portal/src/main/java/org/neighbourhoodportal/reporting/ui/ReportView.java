package org.neighbourhoodportal.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import org.neighbourhoodportal.attachments.ui.AttachmentPanels;
import org.neighbourhoodportal.reporting.HighlightReportService;
import org.neighbourhoodportal.reporting.ReportAttachments;
import org.neighbourhoodportal.reporting.ReportTasks;
import org.neighbourhoodportal.reporting.ReportDetails;
import org.neighbourhoodportal.reporting.ReportDocument;
import org.neighbourhoodportal.reporting.ReportFormat;
import org.neighbourhoodportal.reporting.ReportHistoryEntry;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workflow.ui.YourTurn;

/** One month's highlight report: the report itself, who updated and who did not, and its downloads once published. */
@Route("reports/:reportId")
@PageTitle("Highlight report | Neighbourhood Portal")
@PermitAll
class ReportView extends VerticalLayout implements BeforeEnterObserver {

    private final HighlightReportService reports;
    private final ReportTasks tasks;
    private final AttachmentPanels documents;

    ReportView(HighlightReportService reports, ReportTasks tasks, AttachmentPanels documents) {
        this.documents = documents;
        this.reports = reports;
        this.tasks = tasks;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event, "reportId", "That report does not exist.");
        ReportDetails report = reports.details(id);
        removeAll();
        H2 title = new H2("Highlight report: " + report.title());
        title.setId("report-title");
        add(title);
        add(Glossary.spelledOut("INT", "RAG"));
        add(new YourTurn(tasks.yoursOn(id)));
        if (report.isPublished()) {
            HorizontalLayout downloads = new HorizontalLayout(download(id, ReportFormat.WORD),
                    download(id, ReportFormat.EXCEL));
            downloads.setId("report-downloads");
            add(downloads);
        } else {
            Paragraph now = new Paragraph(report.waitingOn().isEmpty() ? "Nothing is waiting."
                    : "Waiting for: " + String.join("; ", report.waitingOn()) + ".");
            now.setId("report-now");
            add(now);
        }
        add(new ReportCard(report, false));
        add(history(report));
        add(documents.forRecord(ReportAttachments.RECORD_TYPE, id));
    }

    /** The file is made when it is asked for, in that request, through the same access check as the page. */
    private Anchor download(long id, ReportFormat format) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ReportDocument document = reports.download(id, format);
            return new DownloadResponse(new ByteArrayInputStream(document.content()), document.fileName(),
                    document.contentType(), document.content().length);
        }), AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create());
        link.add(" Download for " + format.label() + " (." + format.extension() + ")");
        link.setId("download-" + format.extension());
        return link;
    }

    private static Div history(ReportDetails report) {
        Div box = new Div();
        box.setId("report-history");
        box.add(new H3("History"));
        for (ReportHistoryEntry entry : report.history()) {
            Div line = new Div();
            line.addClassName("timeline-entry");
            Div what = new Div(entry.what());
            what.getStyle().set("font-weight", "600");
            Div when = new Div(entry.who() + " · " + Formats.dayTime(entry.at()));
            when.addClassName("when");
            line.add(what, when);
            if (entry.detail() != null) {
                Div detail = new Div(entry.detail());
                detail.addClassName("detail");
                line.add(detail);
            }
            box.add(line);
        }
        return box;
    }
}
