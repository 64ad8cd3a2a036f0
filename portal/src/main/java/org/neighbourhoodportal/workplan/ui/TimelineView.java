package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.Formats;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.BaselineItem;
import org.neighbourhoodportal.workplan.BaselineSummary;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityFilter;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.ProgressService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.ActionRiskService;

/**
 * The plan year, April to March: each priority as a bar coloured by its status, its milestones as diamonds, a line
 * for today, and, against a chosen baseline, where each ended then and how far it has slipped since. Drawn on the
 * server as plain elements, so there is nothing to license and nothing for a screen reader to miss: the slipped
 * items are also listed in words under the chart.
 */
@Route("workplan/:planId([0-9]+)/timeline")
@PageTitle("Timeline | Neighbourhood Portal")
@PermitAll
class TimelineView extends VerticalLayout implements BeforeEnterObserver {

    private final WorkplanService workplan;
    private final PriorityService priorityService;
    private final ActionRiskService actionRiskService;
    private final ProgressService progressService;
    private PlanSummary plan;
    private PlanYear year;
    private List<PriorityRow> priorities;
    private Map<Long, List<ActionRow>> milestones;
    private Div chart;
    private Div slipped;

    TimelineView(WorkplanService workplan, PriorityService priorityService, ActionRiskService actionRiskService,
                 ProgressService progressService) {
        this.workplan = workplan;
        this.priorityService = priorityService;
        this.actionRiskService = actionRiskService;
        this.progressService = progressService;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = RouteIds.id(event, "planId", "That work plan does not exist.");
        plan = workplan.plan(planId);
        year = PlanYear.of(plan);
        priorities = priorityService.priorities(planId, PriorityFilter.all());
        milestones = actionRiskService.actions(planId).stream().filter(a -> a.milestone() && a.dueOn() != null)
                .collect(Collectors.groupingBy(ActionRow::priorityId));
        removeAll();
        add(new PlanHeader(plan, PlanHeader.Page.TIMELINE));

        ComboBox<BaselineSummary> baseline = new ComboBox<>("Compare with baseline");
        baseline.setItems(progressService.baselines(planId));
        baseline.setItemLabelGenerator(b -> b.name() + " (" + Formats.day(b.takenAt()) + ")");
        baseline.setPlaceholder("No baseline");
        baseline.setClearButtonVisible(true);
        baseline.setWidth("30rem");
        baseline.setMaxWidth("100%"); // a phone is narrower than 30rem
        baseline.setId("timeline-baseline");
        baseline.getListDataView().getItems().findFirst().ifPresent(baseline::setValue);
        baseline.addValueChangeListener(e -> draw(e.getValue()));
        add(baseline);

        chart = new Div();
        chart.setWidthFull();
        // on a phone the chart keeps a readable width and scrolls sideways; a region that scrolls must be reachable
        // by keyboard (WCAG 2.1.1), so it is a Tab stop with a name
        chart.addClassName("wp-timeline-scroll");
        chart.setId("timeline-scroll");
        chart.getElement().setAttribute("tabindex", "0");
        chart.getElement().setAttribute("role", "region");
        chart.getElement().setAttribute("aria-label", "Timeline of the plan's priorities (scrolls sideways)");
        slipped = new Div();
        slipped.setWidthFull();
        add(chart, legend(), slipped);
        draw(baseline.getValue());
    }

    private void draw(BaselineSummary baseline) {
        List<BaselineItem> then = baseline == null ? List.of() : progressService.baseline(baseline.id());
        Map<Long, BaselineItem> prioritiesThen = then.stream().filter(i -> !i.action())
                .collect(Collectors.toMap(BaselineItem::itemId, Function.identity()));
        Map<Long, BaselineItem> actionsThen = then.stream().filter(BaselineItem::action)
                .collect(Collectors.toMap(BaselineItem::itemId, Function.identity()));
        List<String> slips = new ArrayList<>();

        Div timeline = new Div();
        timeline.addClassName("wp-timeline");
        timeline.setId("timeline");
        timeline.add(monthsRow());
        for (PriorityRow p : priorities) {
            BaselineItem was = prioritiesThen.get(p.id());
            Div row = row("priority");
            row.setId("timeline-priority-" + p.id());
            Div label = label();
            Anchor title = new Anchor(PriorityView.route(p.id()), p.title());
            Div lead = new Div(p.leadPerson() == null ? "No lead yet" : p.leadPerson());
            lead.addClassName("portal-muted");
            label.add(title, lead);
            Div track = track();
            if (was != null && was.startsOn() != null && was.endsOn() != null) {
                track.add(span("wp-tl-baseline", was.startsOn(), was.endsOn(),
                        "Baseline: " + Formats.day(was.startsOn()) + " to " + Formats.day(was.endsOn())));
                if (!was.endsOn().equals(p.endsOn())) {
                    track.add(marker("wp-tl-baseline-end", was.endsOn(), "Baseline end: " + Formats.day(was.endsOn())));
                }
                slip(label, p.title(), "ends", p.endsOn(), was.endsOn(), slips);
            } else if (baseline != null) {
                label.add(new Badge("Added since the baseline", Badge.Tone.NEUTRAL));
            }
            Div bar = span("wp-tl-bar", p.startsOn(), p.endsOn(), p.rag().describe() + ": "
                    + Formats.day(p.startsOn()) + " to " + Formats.day(p.endsOn()));
            bar.addClassName(RagBadge.cssName(p.rag()));
            track.add(bar);
            row.add(label, track);
            timeline.add(row);

            for (ActionRow m : milestones.getOrDefault(p.id(), List.of())) {
                BaselineItem dueThen = actionsThen.get(m.id());
                Div milestoneRow = row("milestone");
                milestoneRow.setId("timeline-milestone-" + m.id());
                Div milestoneLabel = label();
                milestoneLabel.add(new Span("\u25C6 " + m.title()));
                Div milestoneTrack = track();
                if (dueThen != null && dueThen.endsOn() != null && !dueThen.endsOn().equals(m.dueOn())) {
                    milestoneTrack.add(marker("wp-tl-diamond baseline", dueThen.endsOn(),
                            "Baseline due date: " + Formats.day(dueThen.endsOn())));
                }
                if (dueThen != null && dueThen.endsOn() != null) {
                    slip(milestoneLabel, m.title(), "due", m.dueOn(), dueThen.endsOn(), slips);
                }
                Div diamond = marker("wp-tl-diamond", m.dueOn(), m.title() + ": due " + Formats.day(m.dueOn())
                        + " – " + m.status().label().toLowerCase());
                diamond.addClassName(m.status().isFinished() ? "done" : m.isOverdue(workplan.today()) ? "overdue"
                        : "pending");
                milestoneTrack.add(diamond);
                milestoneRow.add(milestoneLabel, milestoneTrack);
                timeline.add(milestoneRow);
            }
        }
        timeline.add(overlay());
        chart.removeAll();
        if (priorities.isEmpty()) {
            chart.add(new Paragraph("This plan has no priorities yet."));
        } else {
            chart.add(timeline);
        }

        slipped.removeAll();
        if (baseline != null) {
            slipped.add(new H3("Slipped since " + baseline.name()));
            if (slips.isEmpty()) {
                slipped.add(new Paragraph("Nothing has slipped: every priority and milestone ends when it did then."));
            } else {
                UnorderedList list = new UnorderedList();
                list.setId("timeline-slipped");
                slips.forEach(s -> list.add(new ListItem(s)));
                slipped.add(list);
            }
        }
    }

    /** Marks and lists an item that now ends later than it did at the baseline. */
    private static void slip(Div label, String title, String verb, LocalDate now, LocalDate then, List<String> slips) {
        long days = ChronoUnit.DAYS.between(then, now);
        if (days <= 0) {
            return;
        }
        String weeks = weeks(days);
        Badge badge = new Badge("Slipped " + weeks, Badge.Tone.OVERDUE);
        badge.addClassName("slip");
        label.add(badge);
        slips.add(title + ": now " + verb + " " + Formats.day(now) + ", was " + Formats.day(then) + " (" + weeks
                + " later).");
    }

    static String weeks(long days) {
        long weeks = Math.max(1, Math.round(days / 7.0));
        return weeks + (weeks == 1 ? " week" : " weeks");
    }

    private Div monthsRow() {
        Div row = row("wp-tl-head");
        Div label = label();
        label.setText("Priorities and milestones");
        Div months = new Div();
        months.addClassName("wp-tl-months");
        for (YearMonth month : year.months()) {
            Div cell = new Div(month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK)
                    + (month.getMonthValue() == 1 || month.getMonthValue() == 4 ? " " + month.getYear() % 100 : ""));
            cell.addClassName("wp-tl-month");
            cell.getStyle().set("flex", month.lengthOfMonth() + " 1 0");
            months.add(cell);
        }
        row.add(label, months);
        return row;
    }

    /** Month boundaries and today's line, laid once over all rows. */
    private Div overlay() {
        Div overlay = new Div();
        overlay.addClassName("wp-tl-overlay");
        overlay.getElement().setAttribute("aria-hidden", "true");
        for (YearMonth month : year.months().subList(1, year.months().size())) {
            Div line = new Div();
            line.addClassName("wp-tl-monthline");
            line.getStyle().set("left", css(year.percent(month.atDay(1))));
            overlay.add(line);
        }
        LocalDate today = workplan.today();
        if (year.contains(today)) {
            Div line = new Div(new Span("Today"));
            line.addClassName("wp-tl-today");
            line.setId("timeline-today");
            line.getStyle().set("left", css(year.percent(today)));
            overlay.add(line);
        }
        return overlay;
    }

    private static Div row(String kind) {
        Div row = new Div();
        row.addClassNames("wp-tl-row", kind);
        return row;
    }

    private static Div label() {
        Div label = new Div();
        label.addClassName("wp-tl-label");
        return label;
    }

    private static Div track() {
        Div track = new Div();
        track.addClassName("wp-tl-track");
        return track;
    }

    private Div span(String className, LocalDate from, LocalDate to, String title) {
        double left = year.percent(from);
        double right = year.percent(to.plusDays(1));
        Div span = new Div();
        span.addClassNames(className.split(" "));
        span.getStyle().set("left", css(left)).set("width", css(Math.max(0.6, right - left)));
        span.setTitle(title);
        return span;
    }

    private Div marker(String className, LocalDate at, String title) {
        Div marker = new Div();
        marker.addClassNames(className.split(" "));
        marker.getStyle().set("left", css(year.percent(at)));
        marker.setTitle(title);
        return marker;
    }

    private static String css(double percent) {
        return String.format(Locale.ROOT, "%.3f%%", percent);
    }

    private static Component legend() {
        Div legend = new Div();
        legend.addClassName("wp-tl-legend");
        legend.add(key("wp-tl-key bar rag-green", "Priority, coloured by status"),
                key("wp-tl-key diamond", "Milestone"),
                key("wp-tl-key baseline", "Dates at the baseline"),
                key("wp-tl-key today", "Today"));
        return legend;
    }

    private static Span key(String className, String text) {
        Span swatch = new Span();
        swatch.addClassNames(className.split(" "));
        Span key = new Span(swatch, new Span(text));
        key.addClassName("wp-tl-legend-item");
        return key;
    }
}
