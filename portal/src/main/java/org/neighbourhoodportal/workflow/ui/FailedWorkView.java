package org.neighbourhoodportal.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.workflow.FailedWork;
import org.neighbourhoodportal.workflow.FailedWorkService;

/**
 * "Work that failed": background work (a reminder, a deadline, the monthly reports) that failed, for administrators
 * to retry once the cause is fixed, or cancel.
 */
@Route(FailedWorkView.ROUTE)
@PageTitle("Work that failed | Neighbourhood Portal")
@RolesAllowed("ADMINISTRATOR")
class FailedWorkView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "failed-work";

    private final FailedWorkService failedWork;
    private final Div list = new Div();

    FailedWorkView(FailedWorkService failedWork) {
        this.failedWork = failedWork;
        addClassName("portal-page");
        add(new H2("Work that failed"));
        Paragraph intro = new Paragraph("The portal does some work on its own: reminders, deadlines, starting each "
                + "INT's monthly report. When a piece of it fails, the portal tries again three times (after 5 "
                + "minutes, 30 minutes and 2 hours). What still fails waits here. Fix the cause, then retry it; or "
                + "cancel it if it should not happen any more.");
        intro.addClassName("portal-muted");
        list.setId("failed-work");
        list.setWidthFull();
        add(intro, list);
    }

    /** Every visit lists the work as it is now (the router reuses this page when it is opened again). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<FailedWork> failed = failedWork.failedWork();
        if (failed.isEmpty()) {
            Paragraph none = new Paragraph("Nothing has failed. All background work ran as planned.");
            none.setId("no-failed-work");
            list.add(none);
            return;
        }
        failed.forEach(work -> list.add(card(work)));
    }

    private Div card(FailedWork work) {
        Div card = new Div();
        card.setId("failed-" + work.id());
        card.addClassName("failed-work");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");
        card.add(new H3(work.what()));
        card.add(line("Part of", work.process()));
        if (!work.forRecord().isBlank()) {
            Paragraph forWhat = new Paragraph(new Span("For: "));
            forWhat.add(work.recordRoute().isBlank() ? new Span(work.forRecord())
                    : new Anchor(work.recordRoute(), work.forRecord()));
            card.add(forWhat);
        }
        card.add(line("What went wrong", work.error() == null ? "No reason was given." : work.error()));
        if (work.failedAt() != null) {
            card.add(line("Last failed", Formats.dayTime(work.failedAt())));
        }
        card.add(line("Tries left", work.waitsForSomeone() ? "None: it waits for you to retry or cancel it."
                : work.attemptsLeft() + (work.nextAttempt() == null ? ""
                : ", the next on " + Formats.dayTime(work.nextAttempt()))));

        Button retry = new Button("Retry now", e -> act(() -> failedWork.retry(work.id()),
                "It will run again within a minute. If it fails again, it comes back here."));
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div confirm = new Div();
        Button cancel = new Button("Cancel it…", e -> confirm.setVisible(true));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Button reallyCancel = new Button("Yes, cancel it", e -> act(() -> failedWork.cancel(work.id()),
                "Cancelled. It will not run again."));
        reallyCancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button keep = new Button("Keep it", e -> confirm.setVisible(false));
        keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        confirm.add(new Paragraph("Cancelling gives up on this work for good: a step is skipped, a reminder or "
                + "deadline is dropped, a schedule's failed run is left out until its next time."), reallyCancel, keep);
        confirm.setVisible(false);
        Div actions = new Div(retry, cancel);
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        card.add(actions, confirm);
        return card;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done, 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException gone) {
            Notification.show(gone.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
        refresh();
    }

    private static Paragraph line(String label, String text) {
        Paragraph line = new Paragraph(label + ": " + text);
        line.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return line;
    }
}
