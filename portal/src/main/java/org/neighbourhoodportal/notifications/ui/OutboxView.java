package org.neighbourhoodportal.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import org.neighbourhoodportal.notifications.OutboxRow;
import org.neighbourhoodportal.notifications.OutboxService;
import org.neighbourhoodportal.notifications.OutboxStatus;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;

/** Administrators see every e-mail the portal meant to send, whether it left, and why not; and send one again. */
@Route("notifications/outbox")
@PageTitle("E-mail outbox | Neighbourhood Portal")
@RolesAllowed("ADMINISTRATOR")
class OutboxView extends VerticalLayout {

    private static final Set<OutboxStatus> MAY_GO_AGAIN = EnumSet.of(OutboxStatus.FAILED, OutboxStatus.PENDING,
            OutboxStatus.MAIL_OFF);

    private final OutboxService outbox;
    private final Grid<OutboxRow> grid = new Grid<>();

    OutboxView(OutboxService outbox) {
        this.outbox = outbox;
        addClassName("portal-page");
        setHeightFull();
        add(new H2("E-mail outbox"));
        Paragraph state = new Paragraph(outbox.mailIsOn()
                ? "E-mail is on: the portal sends what is waiting every few seconds, and tries again after a failure."
                : "E-mail is off on this portal (docs/operations.md, \"E-mail\"): nothing is sent; what would have been"
                + " sent is listed here.");
        state.setId("mail-state");
        add(state);

        grid.setId("outbox-grid");
        grid.addColumn(r -> Formats.dayTime(r.createdAt())).setHeader("Written").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxRow::email).setHeader("To").setAutoWidth(true);
        grid.addColumn(OutboxRow::subject).setHeader("Subject").setFlexGrow(2);
        grid.addComponentColumn(r -> new Badge(r.status().label(), tone(r.status()))).setHeader("Status")
                .setAutoWidth(true);
        grid.addColumn(OutboxRow::attempts).setHeader("Attempts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.status() == OutboxStatus.PENDING && r.attempts() > 0
                ? Formats.dayTime(r.nextAttemptAt()) : "").setHeader("Next try").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Div error = new Div(r.lastError() == null ? "" : r.lastError());
            error.getStyle().set("white-space", "normal").set("font-size", "var(--lumo-font-size-s)");
            return error;
        }).setHeader("Last error").setFlexGrow(2);
        grid.addComponentColumn(this::sendAgain).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> outbox.outbox(query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText("No e-mail has been written yet.");
        add(grid);
    }

    private Div sendAgain(OutboxRow row) {
        Div cell = new Div();
        if (MAY_GO_AGAIN.contains(row.status())) {
            Button again = new Button("Send again", e -> {
                outbox.sendAgain(row.id());
                Notification.show("It will go with the next send, within a minute.");
                grid.getDataProvider().refreshAll();
            });
            again.addThemeVariants(ButtonVariant.LUMO_SMALL);
            cell.add(again);
        }
        return cell;
    }

    private static Badge.Tone tone(OutboxStatus status) {
        return switch (status) {
            case SENT, IN_DIGEST -> Badge.Tone.DONE;
            case FAILED -> Badge.Tone.OVERDUE;
            case PENDING, SENDING, DIGEST -> Badge.Tone.WAITING;
            case MAIL_OFF -> Badge.Tone.NEUTRAL;
        };
    }
}
