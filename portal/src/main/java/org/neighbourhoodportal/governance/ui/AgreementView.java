package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.neighbourhoodportal.governance.AgreementDetails;
import org.neighbourhoodportal.governance.AgreementDocument;
import org.neighbourhoodportal.governance.AgreementService;
import org.neighbourhoodportal.governance.AgreementTasks;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.ui.RoundPanel;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workflow.TaskForm;
import org.neighbourhoodportal.workflow.ui.RecordPage;
import org.neighbourhoodportal.workflow.ui.StartFormPanel;

/**
 * One ToR or MoU, in the record page shell: the document, its round (or, while the annual review's draft is open, the
 * lead's form to share it for comment), the Word download, its history.
 */
@Route("governance/agreements/:agreementId")
@PageTitle("Terms of reference | Neighbourhood Portal")
@PermitAll
class AgreementView extends RecordPage implements BeforeEnterObserver {

    private final AgreementService agreements;
    private final AgreementTasks tasks;
    private final RoundService rounds;

    AgreementView(AgreementService agreements, AgreementTasks tasks, RoundService rounds) {
        this.agreements = agreements;
        this.tasks = tasks;
        this.rounds = rounds;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(RouteIds.id(event, "agreementId", "That terms of reference or MoU does not exist."));
    }

    private void show(long id) {
        AgreementDetails agreement = agreements.details(id);
        setHeading("MoU".equals(agreement.kind()) ? "Memorandum of understanding" : "Terms of reference",
                Glossary.spelledOut("ToR", "MoU", "INT"));
        setYourTurn(tasks.yoursOn(id));
        setRecord(new AgreementCard(agreement));
        setWhereItIsNow(agreement.waitingOn(), "Nothing is waiting.");
        setActions(download(id));
        Optional<TaskForm> review = agreements.reviewDraftForm(id);
        setRound(review.<Component>map(form -> reviewPanel(id, form))
                .orElseGet(() -> agreements.latestRound(id).map(round -> new RoundPanel(rounds, round)).orElse(null)));
        setTimeline(agreement.timeline());
    }

    /**
     * The lead's part of the annual review: the review date opened a new draft from the version in force; the lead
     * edits it here and shares it for comment, which asks every member organisation as for a first draft.
     */
    private Component reviewPanel(long id, TaskForm form) {
        Div panel = new Div();
        panel.setId("review-draft");
        panel.setWidthFull();
        panel.add(new H3("Annual review: share the draft for comment"));
        panel.add(new Paragraph("The review date has come, so a new draft was opened from the version in force, "
                + "which stays in force until the new one is signed. Change what needs changing, choose the next "
                + "review date and when comments are needed by, then share it: every member organisation is asked "
                + "to comment or say it has no objection, and each of their representatives is told."));
        Button edit = new Button("Edit and share the review draft");
        edit.setId("edit-review-draft");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.addClickListener(click -> {
            edit.setVisible(false);
            panel.add(new StartFormPanel(form, "share-review-draft", "Share for comment",
                    "The review draft is out for comment.", values -> agreements.shareReviewDraft(id, values),
                    saved -> {
                        show(saved);
                        return AgreementService.route(saved);
                    })); // no browser draft: its key is the form's, and would follow the lead to another ToR
        });
        panel.add(edit);
        return panel;
    }

    /** The file is made when it is asked for, through the same access check as the page. */
    private Anchor download(long id) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            AgreementDocument document = agreements.download(id);
            return new DownloadResponse(new ByteArrayInputStream(document.content()), document.fileName(),
                    document.contentType(), document.content().length);
        }), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create());
        link.add(" Download for Word (.docx)");
        link.setId("download-docx");
        return link;
    }
}
