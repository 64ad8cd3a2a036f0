package org.neighbourhoodportal.administration.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.neighbourhoodportal.administration.DirectoryImportPreview;
import org.neighbourhoodportal.administration.DirectoryImportService;
import org.neighbourhoodportal.directory.AdminRecords.TeamRow;
import org.neighbourhoodportal.directory.DirectoryAdministration;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.UploadPreviews;
import org.neighbourhoodportal.spreadsheets.ExcelImportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Bring in an INT from a spreadsheet", for administrators: download the template, choose the INT, upload the filled
 * file, see what it would add and change and every problem by row, then apply it (all or nothing) or cancel. The
 * service checks the caller and the file again at each step.
 */
@Route(DirectoryImportView.ROUTE)
@PageTitle("Bring in from a spreadsheet | Neighbourhood Portal")
@RolesAllowed("ADMINISTRATOR")
class DirectoryImportView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "admin/directory/import";

    private static final Logger log = LoggerFactory.getLogger(DirectoryImportView.class);

    private final DirectoryAdministration administration;
    private final DirectoryImportService imports;
    private final ComboBox<TeamRow> team = new ComboBox<>("INT");
    private final Checkbox invite = new Checkbox("Send each new person an invitation to set their password");
    private final Div result = new Div();
    private Upload upload;
    private volatile Long teamId;
    private DirectoryImportPreview preview;

    DirectoryImportView(DirectoryAdministration administration, DirectoryImportService imports) {
        this.administration = administration;
        this.imports = imports;
        addClassName("portal-page");
        setWidthFull();
        result.setId("import-result");
        result.setWidthFull();
        team.setId("import-team");
        team.setItemLabelGenerator(TeamRow::name);
        team.setHelperText("Add a new INT on the Manage the directory page first (INTs tab).");
        team.setWidth("min(30rem, 100%)");
        team.addValueChangeListener(e -> {
            teamId = e.getValue() == null ? null : e.getValue().id();
            preview = null;
            result.removeAll();
        });
        invite.setId("import-invite");
        invite.setValue(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        preview = null;
        result.removeAll();
        add(new H2("Bring in an INT's organisations and people"));
        Anchor back = new Anchor("/" + DirectoryAdminView.ROUTE, "Back to Manage the directory");
        add(back);
        add(new Paragraph("Fill in the template with the INT's organisations (name, sector, ODS code) and people "
                + "(e-mail address, name, job title, organisation, role, and who signs for each organisation). When "
                + "you upload it you will see everything it would add and change, and any problems by row: nothing "
                + "is saved until you apply it, and then all of it is saved or none of it. The portal takes an Excel "
                + "workbook (.xlsx) of up to " + imports.maxFileSize() + "."));
        Anchor template = new Anchor(template(), AttachmentType.DOWNLOAD, "");
        template.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" Download the template"));
        template.setId("download-template");
        add(template);

        add(new H3("Upload the filled-in spreadsheet"));
        List<TeamRow> teams = administration.teams();
        team.setItems(teams);
        event.getLocation().getQueryParameters().getSingleParameter("team").flatMap(id -> teams.stream()
                .filter(t -> String.valueOf(t.id()).equals(id)).findFirst()).ifPresent(team::setValue);
        upload = new Upload(new WorkbookUpload());
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".xlsx", DirectoryImportService.CONTENT_TYPE);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) imports.maxFileBytes());
        upload.setI18n(i18n(imports.tooLarge()));
        upload.addFileRejectedListener(e -> message(e.getErrorMessage(), true));
        add(team, upload, result);
    }

    private DownloadHandler template() {
        return event -> {
            event.setFileName(DirectoryImportService.TEMPLATE_NAME);
            event.setContentType(DirectoryImportService.CONTENT_TYPE);
            imports.template(event.getOutputStream());
        };
    }

    /** Reads the upload as it arrives (the service refuses it past the size limit), then shows the preview. */
    private final class WorkbookUpload implements UploadHandler {
        @Override
        public void handleUploadRequest(UploadEvent event) {
            Long chosen = teamId;
            Object outcome;
            try {
                outcome = chosen == null ? "Choose the INT first." : imports.preview(chosen, event.getFileName(),
                        event.getInputStream());
            } catch (ExcelImportException | NotAllowedException e) {
                outcome = e.getMessage();
            } catch (RuntimeException e) {
                log.error("Could not read the directory spreadsheet uploaded for team {}", chosen, e);
                outcome = "Something went wrong reading the file, and nothing was saved. Please try again.";
            }
            Object shown = outcome;
            UI ui = event.getUI();
            ui.access(() -> {
                upload.clearFileList();
                if (shown instanceof DirectoryImportPreview read) {
                    show(read);
                } else {
                    message((String) shown, true);
                }
            });
        }
    }

    private void show(DirectoryImportPreview read) {
        preview = read;
        result.removeAll();
        result.add(new H3("What " + read.fileName() + " would do to " + read.teamName()));
        Paragraph summary = new Paragraph(read.summary());
        summary.setId("import-summary");
        summary.getStyle().set("font-weight", "600");
        result.add(summary);
        if (read.hasProblems()) {
            result.add(new Paragraph("Nothing can be saved until these are put right. Fix them in the spreadsheet "
                    + "and upload it again."));
            result.add(UploadPreviews.problems("import-problems", read.problems()));
        }
        if (!read.lines().isEmpty()) {
            Grid<DirectoryImportPreview.Line> lines = grid("import-lines", read.lines());
            lines.addColumn(DirectoryImportPreview.Line::sheet).setHeader("Sheet").setAutoWidth(true).setFlexGrow(0);
            lines.addColumn(DirectoryImportPreview.Line::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
            lines.addColumn(DirectoryImportPreview.Line::item).setHeader("Who or what").setFlexGrow(1);
            lines.addColumn(DirectoryImportPreview.Line::whatHappens).setHeader("What happens").setFlexGrow(2);
            result.add(lines);
        }
        Button apply = new Button("Apply", e -> apply());
        apply.setId("import-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(read.canApply());
        apply.setDisableOnClick(true);
        Button cancel = new Button("Cancel", e -> {
            preview = null;
            message("Nothing was saved.", false);
        });
        cancel.setId("import-cancel");
        if (read.canApply() && read.newPeople() > 0) {
            result.add(invite);
        }
        FlexLayout buttons = new FlexLayout(apply, cancel);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        result.add(buttons);
    }

    private void apply() {
        try {
            String saved = imports.apply(preview, invite.getValue());
            preview = null;
            message(saved, false);
            Anchor team = new Anchor("/" + MyTeamView.ROUTE, "See the INT on My team");
            team.setId("import-see-team");
            result.add(team);
            AdminForms.done(saved);
        } catch (ExcelImportException | NotAllowedException e) {
            preview = null;
            message(e.getMessage(), true);
        }
    }

    private void message(String text, boolean problem) {
        result.removeAll();
        result.add(UploadPreviews.message("import-message", text, problem));
    }

    private static <T> Grid<T> grid(String id, List<T> items) {
        return UploadPreviews.grid(id, items);
    }

    private static UploadI18N i18n(String tooLarge) {
        return UploadPreviews.i18n("Upload the spreadsheet…", tooLarge,
                "Choose an Excel workbook (.xlsx), such as the template you downloaded here.",
                "Upload one spreadsheet at a time.");
    }
}
