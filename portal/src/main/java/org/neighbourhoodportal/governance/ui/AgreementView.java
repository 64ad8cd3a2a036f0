package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import org.neighbourhoodportal.governance.AgreementDetails;
import org.neighbourhoodportal.governance.AgreementDocument;
import org.neighbourhoodportal.governance.AgreementService;
import org.neighbourhoodportal.governance.AgreementTasks;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.ui.RoundPanel;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workflow.ui.RecordPage;

/** One ToR or MoU, in the record page shell: the document, its round, the Word download, its history. */
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
        long id = RouteIds.id(event, "agreementId", "That terms of reference or MoU does not exist.");
        AgreementDetails agreement = agreements.details(id);
        setHeading("MoU".equals(agreement.kind()) ? "Memorandum of understanding" : "Terms of reference",
                Glossary.spelledOut("ToR", "MoU", "INT"));
        setYourTurn(tasks.yoursOn(id));
        setRecord(new AgreementCard(agreement));
        setWhereItIsNow(agreement.waitingOn(), "Nothing is waiting.");
        setActions(download(id));
        setRound(agreements.latestRound(id).map(round -> new RoundPanel(rounds, round)).orElse(null));
        setTimeline(agreement.timeline());
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
