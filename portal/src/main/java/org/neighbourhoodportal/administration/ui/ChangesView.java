package org.neighbourhoodportal.administration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.neighbourhoodportal.directory.AuditTrail;
import org.neighbourhoodportal.directory.AuditTrail.Change;
import org.neighbourhoodportal.ui.Formats;

/** "Changes": the directory's audit trail, newest first: who changed what, when, and each field before and after. */
@Route(ChangesView.ROUTE)
@PageTitle("Changes | Neighbourhood Portal")
@RolesAllowed("ADMINISTRATOR")
class ChangesView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "admin/changes";
    private static final int PAGE = 25;

    private final AuditTrail audit;
    private final Div list = new Div();
    private final Button more = new Button("Show older changes");
    private int shown;

    ChangesView(AuditTrail audit) {
        this.audit = audit;
        addClassName("portal-page");
        Paragraph intro = new Paragraph("Every change to people, roles, organisations, INTs, memberships and "
                + "signatories: who made it, when, and what each detail was before and after.");
        intro.addClassName("portal-muted");
        list.setId("changes");
        // a long list of text with nothing to click once every change is shown: keyboard users can still reach and
        // scroll it (axe: scrollable-region-focusable)
        list.getElement().setAttribute("tabindex", "0");
        list.getElement().setAttribute("role", "region");
        list.getElement().setAttribute("aria-label", "Changes, newest first");
        list.setWidthFull();
        more.addClickListener(e -> showMore());
        add(new H2("Changes"), intro, list, more);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.removeAll();
        shown = 0;
        showMore();
    }

    private void showMore() {
        List<Change> changes = audit.changes(shown, PAGE);
        shown += PAGE;
        if (changes.isEmpty() && list.getComponentCount() == 0) {
            list.add(new Paragraph("Nothing has changed yet."));
        }
        changes.forEach(c -> list.add(card(c)));
        more.setVisible(shown < audit.countRevisions());
    }

    private static Div card(Change c) {
        Div card = new Div();
        card.addClassName("audit-change");
        card.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("padding", "var(--lumo-space-s) 0");
        H3 title = new H3(c.what() + " (" + c.action().toLowerCase(java.util.Locale.ROOT) + ")");
        title.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
        Paragraph when = new Paragraph(c.who() + ", " + Formats.dayTime(c.at()));
        when.addClassName("portal-muted");
        when.getStyle().set("margin", "0");
        UnorderedList fields = new UnorderedList();
        c.fields().forEach(f -> fields.add(new ListItem(f.field() + ": "
                + (f.before().isEmpty() ? "(none)" : f.before()) + " → " + (f.after().isEmpty() ? "(none)" : f.after()))));
        card.add(title, when, fields);
        return card;
    }
}
