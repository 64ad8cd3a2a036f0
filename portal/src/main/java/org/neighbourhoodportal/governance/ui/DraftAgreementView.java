package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.neighbourhoodportal.governance.AgreementService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.workflow.ui.StartFormPanel;

/** An INT lead drafts terms of reference or an MoU and shares it with the member organisations for comment. */
@Route("governance/agreements/new")
@PageTitle("Draft terms of reference | Neighbourhood Portal")
@RolesAllowed("INT_LEAD")
class DraftAgreementView extends VerticalLayout {

    DraftAgreementView(AgreementService agreements, CurrentUser currentUser) {
        addClassName("portal-page");
        add(new H2("Draft terms of reference or an MoU"));
        add(Glossary.spelledOut("ToR", "MoU", "INT"));
        add(new Paragraph("Write each section; the quorum and decision rules are asked for as choices, because "
                + "meetings use them. Every member organisation is asked to comment section by section or say it has "
                + "no objection. You then revise it, and send it to each organisation's designated signatory."));
        add(new StartFormPanel(agreements.draftForm(), "share-agreement", "Share for comment",
                "Shared for comment.", agreements::share, id -> "governance/agreements/" + id)
                .keepingDraftFor(currentUser.require().personId()));
    }
}
