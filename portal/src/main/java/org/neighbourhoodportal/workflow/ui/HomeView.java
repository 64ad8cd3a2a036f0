package org.neighbourhoodportal.workflow.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.Glossary;
import org.neighbourhoodportal.workflow.WorkCounts;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;

/** Home: what needs me now – overdue first, then what is due this week, then the rest. */
@Route("")
@PageTitle("Home | Neighbourhood Portal")
@PermitAll
class HomeView extends VerticalLayout {

    static final int SHOWN = 50;

    HomeView(WorkflowService workflow, CurrentUser currentUser, Clock clock) {
        addClassName("portal-page");
        AccessProfile me = currentUser.require();
        add(new H2("Hello, " + me.displayName().split(" ")[0]));
        add(Glossary.spelledOut("INT", "PPG"));

        Instant now = clock.instant();
        List<WorkItem> work = workflow.openWork(SHOWN);
        // the real totals, not only what the first page holds
        WorkCounts totals = workflow.openWorkCounts(now, Duration.ofDays(7));
        List<WorkItem> overdue = work.stream().filter(t -> t.isOverdue(now)).toList();
        List<WorkItem> dueSoon = work.stream().filter(t -> t.isDueWithin(now, Duration.ofDays(7))).toList();
        List<WorkItem> other = work.stream().filter(t -> !overdue.contains(t) && !dueSoon.contains(t)).toList();

        FlexLayout counts = new FlexLayout(
                count("overdue-count", totals.overdue(), "overdue",
                        totals.overdue() == 0 ? Badge.Tone.DONE : Badge.Tone.OVERDUE),
                count("due-count", totals.dueSoon(), "due in the next 7 days", Badge.Tone.WAITING),
                count("open-count", totals.open(), me.teamsInView().isEmpty() && !me.administrator()
                        ? "open tasks for you" : "open tasks for you and your teams", Badge.Tone.NEUTRAL));
        counts.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        add(counts);

        if (work.isEmpty()) {
            add(new Paragraph("Nothing is waiting for you. "));
        }
        section("Overdue", overdue);
        section("Due this week", dueSoon);
        section("Other open tasks", other);
        if (totals.open() > work.size()) {
            add(new Paragraph("The " + work.size() + " most urgent of " + totals.open() + " are shown here."));
        }
        add(new Anchor("tasks", "Go to all my tasks"));
    }

    private static Div count(String id, long n, String label, Badge.Tone tone) {
        Div card = new Div();
        card.setId(id);
        card.addClassName("portal-card");
        Span number = new Span(Long.toString(n));
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "700")
                .set("margin-right", "0.4em");
        card.add(number, new Badge(label, tone));
        return card;
    }

    private void section(String title, List<WorkItem> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        add(new H3(title));
        for (WorkItem task : tasks) {
            Div line = new Div();
            line.addClassName("timeline-entry");
            Anchor link = new Anchor("tasks/" + task.id(), task.name());
            Div about = new Div(task.subject() + (task.due() == null ? "" : " · due " + Formats.day(task.due())));
            about.addClassName("when");
            line.add(link, about);
            add(line);
        }
    }
}
