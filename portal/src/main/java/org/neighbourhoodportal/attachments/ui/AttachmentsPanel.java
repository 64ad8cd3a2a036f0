package org.neighbourhoodportal.attachments.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.Locale;
import org.neighbourhoodportal.attachments.Attachment;
import org.neighbourhoodportal.attachments.AttachmentFile;
import org.neighbourhoodportal.attachments.AttachmentRefusedException;
import org.neighbourhoodportal.attachments.AttachmentService;
import org.neighbourhoodportal.attachments.AttachmentVersion;
import org.neighbourhoodportal.attachments.RecordDocuments;
import org.neighbourhoodportal.attachments.SafeFileName;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.Failures;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.uploads.UploadSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record's documents: the list (name, kind, size, who added it when and at which step), download, a new version to
 * replace one, the earlier versions, and adding a document. Every answer comes from {@link AttachmentService}, which
 * checks the signed-in person on each call; refusals are shown in the service's words above the list, and the list
 * is then as it was.
 */
public class AttachmentsPanel extends Div {

    private static final Logger log = LoggerFactory.getLogger(AttachmentsPanel.class);

    /** The file chooser's filter: the extensions the portal takes (the server checks the content regardless). */
    static final String[] ACCEPTED = {".pdf", ".docx", ".xlsx", ".pptx", ".doc", ".xls", ".ppt", ".odt", ".ods",
            ".odp", ".txt", ".csv", ".png", ".jpg", ".jpeg"};

    private final AttachmentService attachments;
    private final UploadSettings uploads;
    private final String recordType;
    private final long recordId;
    private final String step;
    private final boolean mayAdd;
    private final Div message = new Div();
    private final Div list = new Div();

    AttachmentsPanel(AttachmentService attachments, UploadSettings uploads, String recordType, long recordId,
                     String step, RecordDocuments documents) {
        this.attachments = attachments;
        this.uploads = uploads;
        this.recordType = recordType;
        this.recordId = recordId;
        this.step = step;
        this.mayAdd = documents.mayAdd();
        setId("attachments");
        addClassName("attachments");
        H3 title = new H3("Documents");
        title.setId("attachments-title");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "attachments-title");
        add(title);
        message.setId("attachments-message");
        message.getElement().setAttribute("role", "status");
        message.getElement().setAttribute("aria-live", "polite");
        list.setId("attachments-list");
        add(message, list);
        if (mayAdd) {
            Paragraph help = new Paragraph("Add drafts, evidence, consultation papers or signed copies, up to "
                    + uploads.describeMaxFileSize() + " each. PDF, Word, Excel, PowerPoint, OpenDocument, text, CSV, "
                    + "PNG and JPEG files are taken. Everyone who can see this record can open them.");
            help.addClassName("attachments-help");
            Upload add = upload("attachments-upload", "Add a document…",
                    (name, event) -> attachments.add(recordType, recordId, step, name, event.getInputStream()));
            add(help, add);
        }
        show(documents.documents());
    }

    /** Reads the list again. */
    void refresh() {
        show(attachments.documents(recordType, recordId).documents());
    }

    private void show(List<Attachment> documents) {
        list.removeAll();
        if (documents.isEmpty()) {
            Paragraph none = new Paragraph("No documents yet.");
            none.setId("attachments-none");
            list.add(none);
            return;
        }
        for (Attachment document : documents) {
            list.add(entry(document));
        }
    }

    private Div entry(Attachment document) {
        AttachmentVersion current = document.current();
        Div entry = new Div();
        entry.addClassName("attachment-entry");
        entry.setId("attachment-" + document.id());
        Anchor link = download(current, current.fileName());
        link.addClassName("attachment-name");
        Div what = new Div(link, new Span(" · " + current.kind() + " · " + size(current.sizeBytes())
                + (current.number() > 1 ? " · version " + current.number() : "")));
        Div who = new Div(added(current));
        who.addClassName("when");
        entry.add(what, who);
        if (!document.earlier().isEmpty()) {
            Div earlier = new Div();
            earlier.addClassName("attachment-earlier");
            for (AttachmentVersion version : document.earlier()) {
                Anchor old = download(version, "Version " + version.number() + ": " + version.fileName());
                Div line = new Div(old, new Span(" · " + version.kind() + " · " + size(version.sizeBytes())));
                Div by = new Div(added(version));
                by.addClassName("when");
                earlier.add(new Div(line, by));
            }
            Details details = new Details("Earlier versions (" + document.earlier().size() + ")", earlier);
            details.setId("attachment-" + document.id() + "-versions");
            entry.add(details);
        }
        if (mayAdd) {
            long id = document.id();
            Upload replace = upload("attachment-" + id + "-replace", "Replace with a new version…",
                    (name, event) -> attachments.replace(id, step, name, event.getInputStream()));
            replace.addClassName("attachment-replace");
            entry.add(replace);
        }
        return entry;
    }

    private static String added(AttachmentVersion version) {
        return "Added by " + version.addedBy() + ", " + Formats.dayTime(version.addedAt())
                + (version.step() == null ? "" : ", at “" + version.step() + "”");
    }

    /** "2.4 MB", "120 KB", "800 bytes". */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    /**
     * A link that downloads the version, asking the service again when clicked (so access is checked then), with the
     * name made safe in the header and the bytes streamed from the database chunk by chunk.
     */
    private Anchor download(AttachmentVersion version, String text) {
        long id = version.id();
        DownloadHandler handler = event -> {
            try {
                AttachmentFile file = attachments.version(id);
                event.setContentType(file.contentType());
                event.setContentLength(file.sizeBytes());
                event.getResponse().setHeader("Content-Disposition", SafeFileName.contentDisposition(file.fileName()));
                attachments.copy(id, event.getOutputStream());
            } catch (NotAllowedException e) {
                event.getResponse().setStatus(404);
            }
        };
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create());
        link.add(" " + text);
        link.getElement().setAttribute("aria-label", "Download " + text);
        link.setId("attachment-version-" + id);
        return link;
    }

    @FunctionalInterface
    private interface Receive {
        AttachmentVersion receive(String fileName, UploadEvent event);
    }

    private Upload upload(String id, String buttonText, Receive receive) {
        Upload[] holder = new Upload[1];
        Upload upload = new Upload((UploadHandler) event -> {
            String outcome;
            boolean failed;
            try {
                AttachmentVersion saved = receive.receive(event.getFileName(), event);
                outcome = "“" + saved.fileName() + "” was added" + (saved.number() > 1 ? " as version "
                        + saved.number() : "") + ".";
                failed = false;
            } catch (AttachmentRefusedException | NotAllowedException e) {
                outcome = e.getMessage();
                failed = true;
            } catch (RuntimeException e) {
                Failures.Failure told = Failures.describe(e);
                if (told.reference() != null) {
                    log.error("Could not keep the document uploaded to {} {} (reference {})", recordType, recordId,
                            told.reference(), e);
                }
                outcome = told.message();
                failed = true;
            }
            String shown = outcome;
            boolean error = failed;
            UI ui = event.getUI();
            ui.access(() -> {
                holder[0].clearFileList();
                if (!error) {
                    refresh();
                }
                say(shown, error);
            });
        });
        holder[0] = upload;
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) uploads.maxFileBytes());
        upload.setAcceptedFileTypes(ACCEPTED);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(buttonText));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("or drop the file here"));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(attachments.tooLarge())
                .setIncorrectFileType("Files of this kind cannot be attached. Choose a PDF, Word, Excel, PowerPoint, "
                        + "OpenDocument, text, CSV, PNG or JPEG file.")
                .setTooManyFiles("Add one file at a time."));
        upload.setI18n(i18n);
        // our own button in the upload's button slot, so it always has its words (axe: aria-command-name)
        com.vaadin.flow.component.button.Button choose = new com.vaadin.flow.component.button.Button(buttonText);
        choose.setId(id + "-button");
        upload.setUploadButton(choose);
        upload.addFileRejectedListener(e -> say(e.getErrorMessage(), true));
        return upload;
    }

    private void say(String text, boolean error) {
        message.setText(text);
        message.getElement().setAttribute("role", error ? "alert" : "status");
        message.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
        message.getStyle().set("font-weight", "600");
    }


}
