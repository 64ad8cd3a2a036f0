package org.neighbourhoodportal.notifications.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.neighbourhoodportal.notifications.NotificationRow;
import org.neighbourhoodportal.notifications.NotificationService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;

/** What the portal told the signed-in person, newest first, with "mark as read" one by one or all at once. */
@Route("notifications")
@PageTitle("Notifications | Neighbourhood Portal")
@PermitAll
class NotificationsView extends VerticalLayout {

    private final NotificationService notifications;
    private final Grid<NotificationRow> grid = new Grid<>();

    NotificationsView(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        addClassName("portal-page");
        setHeightFull();
        add(new H2("Notifications"));

        Button markAll = new Button("Mark all as read", e -> {
            notifications.markAllRead();
            changed();
        });
        markAll.setId("mark-all-read");
        HorizontalLayout actions = new HorizontalLayout(markAll,
                new RouterLink("Choose how you are told", NotificationPreferencesView.class));
        if (currentUser.find().map(me -> me.administrator()).orElse(false)) {
            actions.add(new RouterLink("E-mail outbox", OutboxView.class));
        }
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        add(actions);

        grid.setId("notification-grid");
        grid.addColumn(n -> Formats.dayTime(n.createdAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::what).setHeader("What").setFlexGrow(3);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> notifications.latest(query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText("Nothing yet. The portal tells you here when there is something for you to do.");
        add(grid);
    }

    private Div what(NotificationRow n) {
        Span title = new Span(n.title());
        title.getStyle().set("font-weight", n.read() ? "normal" : "600");
        Div text = new Div(title);
        if (!n.read()) {
            Badge unread = new Badge("New", Badge.Tone.WAITING);
            unread.getStyle().set("margin-left", "var(--lumo-space-s)");
            text.add(unread);
        }
        Div body = new Div(n.body());
        body.addClassName("portal-muted");
        body.getStyle().set("white-space", "pre-line");
        Div cell = new Div(text, body);
        cell.getStyle().set("white-space", "normal");
        return cell;
    }

    private HorizontalLayout actions(NotificationRow n) {
        Button open = new Button("Open", e -> {
            notifications.markRead(n.id());
            UI.getCurrent().navigate(n.route());
        });
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(open);
        if (!n.read()) {
            Button read = new Button("Mark as read", e -> {
                notifications.markRead(n.id());
                changed();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            buttons.add(read);
        }
        return buttons;
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new UnreadChanged(ui));
    }
}
