package org.neighbourhoodportal.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workflow.ui.RecordPage;

/**
 * One month's highlight report in the record page shell: the report itself, who updated and who did not, where it is
 * now (its downloads once published), and its timeline.
 */
@Route("reports/:reportId")
@PageTitle("Highlight report | Neighbourhood Portal")
@PermitAll
class ReportView extends RecordPage implements BeforeEnterObserver {

    private final HighlightReportService reports;
    private final ReportTasks tasks;
    private final AttachmentPanels documents;

    ReportView(HighlightReportService reports, ReportTasks tasks, AttachmentPanels documents) {
        this.documents = documents;
        this.reports = reports;
        this.tasks = tasks;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event, "reportId", "That report does not exist.");
        ReportDetails report = reports.details(id);
        setHeading("Highlight report: " + report.title(), Glossary.spelledOut("INT", "RAG"));
        setYourTurn(tasks.yoursOn(id));
        setRecord(new ReportCard(report, false));
        setWhereItIsNow(report.waitingOn(), report.isPublished() && report.publishedAt() != null
                ? "Published on " + Formats.day(report.publishedAt()) + "." : "Nothing is waiting.");
        if (report.isPublished()) {
            HorizontalLayout downloads = new HorizontalLayout(download(id, ReportFormat.WORD),
                    download(id, ReportFormat.EXCEL));
            downloads.setId("report-downloads");
            setActions(downloads);
        } else {
            setActions();
        }
        setDocuments(documents.forRecord(ReportAttachments.RECORD_TYPE, id));
        setTimeline(report.history());
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
}
