package org.neighbourhoodportal.governance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.neighbourhoodportal.attachments.Attachment;
import org.neighbourhoodportal.attachments.AttachmentService;
import org.neighbourhoodportal.attachments.AttachmentVersion;
import org.neighbourhoodportal.documents.WordPages;
import org.neighbourhoodportal.notifications.NotificationSettings;
import org.neighbourhoodportal.reporting.HighlightReportService;
import org.neighbourhoodportal.reporting.ReportDetails;
import org.neighbourhoodportal.reporting.ReportRow;
import org.neighbourhoodportal.reporting.ReportSections;
import org.neighbourhoodportal.reporting.ReportStatus;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.uploads.UploadSettings;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.springframework.stereotype.Component;

/**
 * Writes a meeting's board pack as one Word document, A4 with page numbers ({@link WordPages}): the meeting (Heading
 * 1), the agenda as a numbered list, the papers (name, who added it, the link to the meeting's page, then each paper
 * under its own Heading 2: the text of a Word, PDF or plain-text paper, or a sentence naming the file and saying why it
 * is not there: {@link PaperText}), the INT's latest published highlight report and its work plan summary (each a
 * Heading 2). A paper that cannot be read never stops the pack. Not a
 * service: {@link MeetingService#boardPack} has checked the caller, and the report, plan and documents are read
 * through their own services as the same person, so each applies its own access.
 */
@Component
class BoardPacks {

    private final AttachmentService attachments;
    private final HighlightReportService reports;
    private final WorkplanService workplans;
    private final PriorityService priorities;
    private final NotificationSettings links;
    private final UploadSettings uploads;

    BoardPacks(AttachmentService attachments, HighlightReportService reports, WorkplanService workplans,
               PriorityService priorities, NotificationSettings links, UploadSettings uploads) {
        this.uploads = uploads;
        this.attachments = attachments;
        this.reports = reports;
        this.workplans = workplans;
        this.priorities = priorities;
        this.links = links;
    }

    byte[] write(MeetingDetails meeting, long teamId) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordPages pages = WordPages.a4(document, "Board pack: " + meeting.title());
            pages.heading1("Board pack: " + meeting.title());
            paragraph(document, meeting.group() + " · " + meeting.team());
            paragraph(document, Formats.dayTime(meeting.startsAt()) + (meeting.location() == null ? ""
                    : " · " + meeting.location()));
            if (meeting.torInForce() != null) {
                paragraph(document, "Terms of reference: " + meeting.torInForce() + ".");
            }

            pages.heading2("Agenda");
            if (meeting.items().isEmpty()) {
                paragraph(document, "No items yet.");
            } else {
                BigInteger list = pages.newNumberedList();
                for (MeetingDetails.ItemView item : meeting.items()) {
                    XWPFParagraph p = paragraph(document, item.title() + (item.aboutOrganisation() == null ? ""
                            : " (about " + item.aboutOrganisation() + ")"));
                    p.setNumID(list);
                }
            }

            pages.heading2("Papers");
            List<Attachment> papers = attachments.documents(MeetingService.RECORD_KIND, meeting.id()).documents();
            if (papers.isEmpty()) {
                paragraph(document, "No papers have been added.");
            } else {
                paragraph(document, "Each paper is on the meeting's page: " + links.link(MeetingService.route(
                        meeting.id())));
                BigInteger list = pages.newBulletList();
                for (Attachment paper : papers) {
                    AttachmentVersion v = paper.versions().get(paper.versions().size() - 1);
                    paragraph(document, v.fileName() + " (added by " + v.addedBy() + ", "
                            + Formats.day(v.addedAt()) + ")").setNumID(list);
                }
                for (Attachment paper : papers) {
                    AttachmentVersion v = paper.versions().get(paper.versions().size() - 1);
                    pages.heading2("Paper: " + v.fileName());
                    PaperText.Result read = paperText(v);
                    if (read.text() != null) {
                        text(document, read.text());
                    } else {
                        italic(document, read.problem());
                    }
                }
            }

            pages.heading2("Latest highlight report");
            Optional<ReportRow> latest = reports.list(0, 500).stream()
                    .filter(r -> r.teamId() == teamId && r.status() == ReportStatus.PUBLISHED)
                    .max(Comparator.comparing(ReportRow::period));
            if (latest.isEmpty()) {
                paragraph(document, "No highlight report has been published yet.");
            } else {
                ReportDetails report = reports.details(latest.get().id());
                paragraph(document, report.title() + ", published " + Formats.day(report.publishedAt()) + ".");
                if (report.sections() != null) {
                    if (report.sections().prioritiesSummary() != null) {
                        text(document, report.sections().prioritiesSummary());
                    }
                    for (ReportSections.Section section : report.sections().sectionsAfterPriorities()) {
                        if (!section.isEmpty()) {
                            bold(document, section.heading());
                            text(document, section.text());
                        }
                    }
                }
            }

            pages.heading2("Work plan summary");
            Optional<PlanSummary> plan = workplans.plans().stream().filter(p -> p.teamId() == teamId)
                    .max(Comparator.comparing(PlanSummary::year));
            if (plan.isEmpty()) {
                paragraph(document, "The INT has no work plan yet.");
            } else {
                List<PriorityRow> rows = priorities.planPriorities(plan.get().id());
                paragraph(document, plan.get().title() + " (" + plan.get().yearLabel() + "): " + rows.size()
                        + (rows.size() == 1 ? " priority." : " priorities."));
                XWPFTable table = document.createTable(rows.size() + 1, 4);
                table.setWidth("100%");
                header(table.getRow(0), "Priority", "Lead", "Status", "Done");
                for (int i = 0; i < rows.size(); i++) {
                    PriorityRow p = rows.get(i);
                    cells(table.getRow(i + 1), p.title(), p.leadOrganisation() == null ? "" : p.leadOrganisation(),
                            p.rag() == null ? "" : p.rag().label() + (p.ragReason() == null ? ""
                                    : ": " + p.ragReason()), p.percentComplete() + "%");
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of a paper (Word, PDF or plain text), or the sentence that says why it is not in the pack. The file is
     * copied to a temporary file (never whole in memory), no more than the upload limit, and read by
     * {@link PaperText} with the portal's guards for hostile files.
     */
    private PaperText.Result paperText(AttachmentVersion version) {
        PaperText.Kind kind = PaperText.kind(version.fileName(), version.contentType());
        if (kind == PaperText.Kind.OTHER) {
            return PaperText.Result.problem(PaperText.notRead(version.fileName(), version.kind()));
        }
        if (version.sizeBytes() > uploads.maxFileBytes()) {
            return PaperText.Result.problem(PaperText.tooLarge(version.fileName(), uploads.describeMaxFileSize()));
        }
        Path file = null;
        try {
            file = Files.createTempFile("board-pack-paper-", ".tmp");
            try (OutputStream out = Files.newOutputStream(file)) {
                attachments.copy(version.id(), out);
            }
            return PaperText.read(file, version.fileName(), kind, uploads.maxFileBytes(),
                    uploads.describeMaxFileSize());
        } catch (IOException | UncheckedIOException e) {
            return PaperText.Result.problem("“" + version.fileName() + "” could not be read just now, so it is not "
                    + "in this pack: open it from the meeting's page.");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    private static void italic(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        var run = paragraph.createRun();
        run.setItalic(true);
        run.setText(text);
    }

    private static void text(XWPFDocument document, String text) {
        text.lines().filter(l -> !l.isBlank()).forEach(l -> paragraph(document, l));
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(text);
        return paragraph;
    }

    private static void bold(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        var run = paragraph.createRun();
        run.setBold(true);
        run.setText(text);
    }

    private static void header(XWPFTableRow row, String... texts) {
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (int i = 0; i < texts.length; i++) {
            var run = row.getCell(i).getParagraphs().get(0).createRun();
            run.setBold(true);
            run.setText(texts[i]);
        }
    }

    private static void cells(XWPFTableRow row, String... texts) {
        row.setCantSplitRow(true); // a priority never runs over a page break
        for (int i = 0; i < texts.length; i++) {
            row.getCell(i).getParagraphs().get(0).createRun().setText(texts[i]);
        }
    }
}
