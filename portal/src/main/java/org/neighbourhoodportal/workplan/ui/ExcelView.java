package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.ui.UploadPreviews;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.spreadsheets.ExcelImportException;
import org.neighbourhoodportal.workplan.excel.FieldChange;
import org.neighbourhoodportal.workplan.excel.ImportPreview;
import org.neighbourhoodportal.workplan.excel.ImportResult;
import org.neighbourhoodportal.workplan.excel.RowAddition;
import org.neighbourhoodportal.workplan.excel.RowChange;
import org.neighbourhoodportal.workplan.excel.WorkplanExcelService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plan in Excel: anyone who can read the plan downloads it; the INT lead uploads an edited copy, sees what it
 * would add and change (and what is wrong with it), and only then applies it. The service checks both again.
 */
@Route("workplan/:planId([0-9]+)/excel")
@PageTitle("Work plan in Excel | Neighbourhood Portal")
@PermitAll
class ExcelView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(ExcelView.class);

    private final WorkplanService workplan;
    private final WorkplanExcelService excel;
    private final Div result = new Div();
    private Upload upload;
    private long planId;
    private ImportPreview preview;

    ExcelView(WorkplanService workplan, WorkplanExcelService excel) {
        this.workplan = workplan;
        this.excel = excel;
        addClassName("portal-page");
        result.setId("excel-result");
        result.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = RouteIds.id(event, "planId", "That work plan does not exist.");
        PlanSummary plan = workplan.plan(planId);
        removeAll();
        preview = null;
        result.removeAll();
        add(new PlanHeader(plan, PlanHeader.Page.EXCEL));

        add(new H3("Download"));
        add(new Paragraph("The workbook has a sheet of priorities and a sheet of actions, with drop-down lists for "
                + "the statuses and real dates you can sort and filter by. Use it to read, share or print the plan, "
                + "or to make many changes at once."));
        Anchor download = new Anchor(download(), AttachmentType.DOWNLOAD, "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" Download the plan as Excel"));
        download.setId("download-excel");
        add(download);

        add(new H3("Bring changes back"));
        if (!excel.canImport(planId)) {
            add(new Paragraph("Only the INT lead can bring changes back from Excel. Change your own actions on the "
                    + "plan's pages."));
            return;
        }
        add(new Paragraph("Change the cells you need and keep the ID column as it is. To add an action, fill in a "
                + "new row at the bottom of the Actions sheet and leave its ID empty. When you upload the file you "
                + "will see every addition and change first: nothing is saved until you apply them. The portal takes "
                + "an Excel workbook (.xlsx) of up to " + excel.maxFileSize() + "."));
        upload = new Upload(new WorkbookUpload());
        upload.setId("excel-upload");
        upload.setAcceptedFileTypes(".xlsx", WorkplanExcelService.CONTENT_TYPE);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) excel.maxFileBytes());
        upload.setI18n(i18n(excel.tooLarge()));
        upload.addFileRejectedListener(e -> message(e.getErrorMessage(), true));
        add(upload, result);
    }

    private DownloadHandler download() {
        long id = planId;
        return event -> {
            event.setFileName(excel.fileName(id));
            event.setContentType(WorkplanExcelService.CONTENT_TYPE);
            excel.export(id, event.getOutputStream());
        };
    }

    /** Reads the upload as it arrives (the service refuses it past the size limit), then shows the preview. */
    private final class WorkbookUpload implements UploadHandler {
        @Override
        public void handleUploadRequest(UploadEvent event) {
            Object outcome;
            try {
                outcome = excel.preview(planId, event.getFileName(), event.getInputStream());
            } catch (ExcelImportException | NotAllowedException e) {
                outcome = e.getMessage();
            } catch (RuntimeException e) {
                log.error("Could not read the workbook uploaded to plan {}", planId, e);
                outcome = "Something went wrong reading the file, and nothing was saved. Please try again.";
            }
            Object shown = outcome;
            UI ui = event.getUI();
            ui.access(() -> {
                upload.clearFileList(); // ready for the next file; the preview names this one
                if (shown instanceof ImportPreview read) {
                    show(read);
                } else {
                    message((String) shown, true);
                }
            });
        }
    }

    private void show(ImportPreview read) {
        preview = read;
        result.removeAll();
        result.add(new H3("What " + read.fileName() + " would change"));
        Paragraph summary = new Paragraph(read.summary());
        summary.setId("preview-summary");
        summary.getStyle().set("font-weight", "600");
        result.add(summary);

        if (read.hasProblems()) {
            result.add(new H4("Rows to fix"));
            result.add(new Paragraph("Nothing can be saved until these are put right. Fix them in the workbook and "
                    + "upload it again."));
            result.add(UploadPreviews.problems("preview-problems", read.problems()));
        }
        if (!read.additions().isEmpty()) {
            result.add(new H4("To be added (" + read.additions().size() + ")"));
            Grid<RowAddition> additions = grid("preview-additions", read.additions());
            additions.addColumn(RowAddition::sheet).setKey("sheet").setHeader("Sheet")
                    .setAutoWidth(true).setFlexGrow(0);
            additions.addColumn(RowAddition::row).setKey("row").setHeader("Row")
                    .setAutoWidth(true).setFlexGrow(0);
            additions.addColumn(RowAddition::title).setKey("title").setHeader("Title").setFlexGrow(1);
            additions.addColumn(RowAddition::details).setKey("details").setHeader("Details").setFlexGrow(2);
            result.add(additions);
        }
        if (!read.changes().isEmpty()) {
            result.add(new H4("To be changed (" + read.changes().size() + ")"));
            List<ChangeLine> lines = new ArrayList<>();
            for (RowChange change : read.changes()) {
                for (FieldChange field : change.fields()) {
                    lines.add(new ChangeLine(change, field));
                }
            }
            Grid<ChangeLine> changes = grid("preview-changes", lines);
            changes.addColumn(l -> l.change().sheet()).setKey("sheet").setHeader("Sheet")
                    .setAutoWidth(true).setFlexGrow(0);
            changes.addColumn(l -> l.change().row()).setKey("row").setHeader("Row")
                    .setAutoWidth(true).setFlexGrow(0);
            changes.addColumn(l -> l.change().title()).setKey("item").setHeader("Item").setFlexGrow(2);
            changes.addColumn(l -> l.field().field()).setKey("field").setHeader("Field")
                    .setAutoWidth(true).setFlexGrow(0);
            changes.addColumn(l -> l.field().before()).setKey("before").setHeader("Now").setFlexGrow(1);
            changes.addColumn(l -> l.field().after()).setKey("after").setHeader("In the file").setFlexGrow(1);
            result.add(changes);
        }
        Paragraph unchanged = new Paragraph(unchanged(read));
        unchanged.setId("preview-unchanged");
        unchanged.addClassName("portal-muted");
        result.add(unchanged);

        Button apply = new Button("Apply these changes", e -> apply());
        apply.setId("apply-excel");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(read.canApply());
        apply.setDisableOnClick(true);
        Button cancel = new Button("Cancel", e -> cancel());
        cancel.setId("cancel-excel");
        result.add(new HorizontalLayout(apply, cancel));
    }

    private void apply() {
        try {
            ImportResult saved = excel.apply(preview);
            preview = null;
            message(saved.describe() + " The plan's pages show them now.", false);
            Anchor back = new Anchor(PlanHeader.Page.PRIORITIES.route(planId), "Back to the plan");
            back.setId("back-to-plan");
            result.add(back);
            Messages.saved(saved.describe());
        } catch (ExcelImportException | NotAllowedException e) {
            preview = null;
            message(e.getMessage(), true);
        }
    }

    private void cancel() {
        preview = null;
        message("Nothing was saved.", false);
    }

    private void message(String text, boolean problem) {
        result.removeAll();
        result.add(UploadPreviews.message("excel-message", text, problem));
    }

    private static String unchanged(ImportPreview read) {
        String text = "Left as they are: " + plural(read.unchangedPriorities(), "priority", "priorities") + " and "
                + plural(read.unchangedActions(), "action", "actions") + ".";
        if (read.prioritiesNotInFile() + read.actionsNotInFile() > 0) {
            text += " The plan also has " + plural(read.prioritiesNotInFile(), "priority", "priorities") + " and "
                    + plural(read.actionsNotInFile(), "action", "actions") + " that the file does not list; an "
                    + "upload never deletes, so they stay as they are.";
        }
        return text;
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static <T> Grid<T> grid(String id, List<T> items) {
        return UploadPreviews.grid(id, items);
    }

    private static UploadI18N i18n(String tooLarge) {
        return UploadPreviews.i18n("Upload the changed workbook…", tooLarge,
                "Choose an Excel workbook (.xlsx), such as the one you downloaded here.",
                "Upload one workbook at a time.");
    }

    private record ChangeLine(RowChange change, FieldChange field) {
    }
}
