package org.neighbourhoodportal.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.neighbourhoodportal.accounts.InvitationRow;
import org.neighbourhoodportal.accounts.InvitationService;
import org.neighbourhoodportal.accounts.InvitationStatus;
import org.neighbourhoodportal.directory.PersonAccounts;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;

/**
 * Administrators invite people by e-mail address (someone new is added to the directory with the name given) and
 * see every invitation: waiting, accepted, expired or withdrawn, with "send again" and "withdraw".
 */
@Route(InvitationsView.ROUTE)
@PageTitle("Invitations | Neighbourhood Portal")
@RolesAllowed("ADMINISTRATOR")
class InvitationsView extends VerticalLayout {

    static final String ROUTE = "admin/invitations";

    private final InvitationService invitations;
    private final EmailField email = new EmailField("E-mail address");
    private final TextField name = new TextField("Name (for someone new)");
    private final Grid<InvitationRow> grid = new Grid<>();

    InvitationsView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("portal-page");
        setHeightFull();
        add(new H2("Invitations"));
        add(new Paragraph("An invitation is an e-mail with a link through which the person chooses their own "
                + "password. The link works once and expires after a week. Sending a new invitation stops the "
                + "earlier link working."));
        email.setId("invite-email");
        email.setMaxLength(PersonAccounts.EMAIL_LENGTH);
        name.setId("invite-name");
        name.setMaxLength(PersonAccounts.NAME_LENGTH);
        name.setHelperText("Leave empty for someone already in the directory.");
        Button send = new Button("Send invitation", e -> invite());
        send.setId("send-invitation");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(email, name, send);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form);

        grid.setId("invitations-grid");
        grid.addColumn(InvitationRow::name).setHeader("Person").setAutoWidth(true);
        grid.addColumn(InvitationRow::email).setHeader("E-mail address").setAutoWidth(true);
        grid.addColumn(r -> Formats.dayTime(r.sentAt())).setHeader("Sent").setAutoWidth(true);
        grid.addColumn(r -> Formats.dayTime(r.expiresAt())).setHeader("Link works until").setAutoWidth(true);
        grid.addComponentColumn(r -> new Badge(r.status().label(), tone(r.status()))).setHeader("Status")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> invitations.invitations(query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText("Nobody has been invited yet.");
        add(grid);
    }

    private void invite() {
        email.setInvalid(false);
        name.setInvalid(false);
        try {
            InvitationRow sent = invitations.inviteByEmail(email.getValue(), name.getValue());
            Notification.show("Invitation sent to " + sent.name() + " (" + sent.email() + ").");
            email.clear();
            name.clear();
            grid.getDataProvider().refreshAll();
        } catch (IllegalArgumentException | NotAllowedException problem) {
            // what was typed stays; the reason is shown beside the field it is about
            if (problem.getMessage().contains("person's name")) {
                name.setErrorMessage(problem.getMessage());
                name.setInvalid(true);
            } else {
                email.setErrorMessage(problem.getMessage());
                email.setInvalid(true);
            }
        }
    }

    private Div actions(InvitationRow row) {
        Div cell = new Div();
        if (row.status() != InvitationStatus.USED) {
            Button again = new Button("Send again", e -> act(() -> invitations.resend(row.id()),
                    "A new invitation is on its way to " + row.email() + "; the earlier link no longer works."));
            again.addThemeVariants(ButtonVariant.LUMO_SMALL);
            again.getElement().setAttribute("aria-label", "Send the invitation again to " + row.name());
            cell.add(again);
        }
        if (row.status() == InvitationStatus.WAITING) {
            Button withdraw = new Button("Withdraw", e -> act(() -> invitations.withdraw(row.id()),
                    "The invitation to " + row.email() + " is withdrawn: its link no longer works."));
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            withdraw.getElement().setAttribute("aria-label", "Withdraw the invitation to " + row.name());
            cell.add(withdraw);
        }
        return cell;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done);
        } catch (NotAllowedException refused) {
            Notification.show(refused.getMessage());
        }
        grid.getDataProvider().refreshAll();
    }

    private static Badge.Tone tone(InvitationStatus status) {
        return switch (status) {
            case USED -> Badge.Tone.DONE;
            case WAITING -> Badge.Tone.WAITING;
            case EXPIRED -> Badge.Tone.OVERDUE;
            case WITHDRAWN -> Badge.Tone.NEUTRAL;
        };
    }
}
