package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityFilter;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.TagGroup;
import org.neighbourhoodportal.workplan.TagOption;
import org.neighbourhoodportal.workplan.UpdateRow;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.ProgressService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.ActionRiskService;

/**
 * The plan at a glance for the board and the ICB: status over the year, actions due and overdue by month, and how
 * many priorities serve each Fuller offer. Each chart has its figures in a table underneath.
 */
@Route("workplan/:planId([0-9]+)/dashboard")
@PageTitle("Dashboard | Neighbourhood Portal")
@PermitAll
class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    /** NHS identity colours, so the charts read like the board papers they sit beside. */
    static final Map<Rag, String> RAG_COLOURS = Map.of(Rag.BLUE, "#005eb8", Rag.GREEN, "#007f3b",
            Rag.AMBER, "#ffb81c", Rag.RED, "#d5281b");
    private static final String GREY = "#aeb7bd";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final WorkplanService workplan;
    private final PriorityService priorityService;
    private final ActionRiskService actionRiskService;
    private final ProgressService progressService;

    DashboardView(WorkplanService workplan, PriorityService priorityService, ActionRiskService actionRiskService,
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
        PlanSummary plan = workplan.plan(planId);
        PlanYear year = PlanYear.of(plan);
        List<PriorityRow> priorities = priorityService.priorities(planId, PriorityFilter.all());
        LocalDate today = workplan.today();
        removeAll();
        add(new PlanHeader(plan, PlanHeader.Page.DASHBOARD));
        add(ragOverTime(year, priorities, progressService.updates(planId), today));
        add(actionsByMonth(year, actionRiskService.actions(planId), today));
        add(coverageByOffer(workplan.tagGroups(planId), priorities));
    }

    /**
     * Each month's count of priorities by status at its end: each priority's latest update on or before that day.
     * The current month shows today's statuses. A priority under way with no update yet counts as not yet rated.
     */
    private Component ragOverTime(PlanYear year, List<PriorityRow> priorities, List<UpdateRow> history,
                                  LocalDate today) {
        Div section = section("Status over the year", "dashboard-rag");
        List<YearMonth> months = year.months().stream().filter(m -> !m.atDay(1).isAfter(today)).toList();
        if (months.isEmpty()) {
            section.add(new Paragraph("The plan year has not started yet."));
            return section;
        }
        Map<Long, List<UpdateRow>> byPriority = history.stream().collect(Collectors.groupingBy(UpdateRow::priorityId));
        Map<Rag, List<Integer>> counts = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            counts.put(rag, new ArrayList<>());
        }
        List<Integer> unrated = new ArrayList<>();
        for (YearMonth month : months) {
            LocalDate end = month.atEndOfMonth();
            boolean current = month.equals(YearMonth.from(today));
            Map<Rag, Integer> inMonth = new EnumMap<>(Rag.class);
            int notYet = 0;
            for (PriorityRow p : priorities) {
                Rag rag = current ? p.rag() : byPriority.getOrDefault(p.id(), List.of()).stream()
                        .filter(u -> !u.writtenOn().isAfter(end)).reduce((a, b) -> b).map(UpdateRow::rag)
                        .orElse(null);
                if (rag != null) {
                    inMonth.merge(rag, 1, Integer::sum);
                } else if (!p.startsOn().isAfter(end)) {
                    notYet++;
                }
            }
            for (Rag rag : Rag.values()) {
                counts.get(rag).add(inMonth.getOrDefault(rag, 0));
            }
            unrated.add(notYet);
        }
        List<String> labels = months.stream().map(MONTH::format).toList();
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (Rag rag : List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.BLUE)) {
            datasets.add(dataset(rag.describe(), counts.get(rag), RAG_COLOURS.get(rag)));
        }
        datasets.add(dataset("Not yet rated", unrated, GREY));
        int last = months.size() - 1;
        section.add(new PortalChart("Stacked bars of priorities by status at the end of each month. This month: "
                + Rag.RED.describe() + " " + counts.get(Rag.RED).get(last) + ", " + Rag.AMBER.describe() + " "
                + counts.get(Rag.AMBER).get(last) + ".", stackedBar(labels, datasets)));

        List<String> headings = new ArrayList<>(List.of("Month"));
        List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.BLUE).forEach(r -> headings.add(r.describe()));
        headings.add("Not yet rated");
        NativeTable table = table("dashboard-rag-table", "Priorities by status at the end of each month", headings);
        for (int i = 0; i < months.size(); i++) {
            List<String> cells = new ArrayList<>();
            cells.add(labels.get(i) + (i == last && months.get(i).equals(YearMonth.from(today)) ? " (today)" : ""));
            for (Rag rag : List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.BLUE)) {
                cells.add(Integer.toString(counts.get(rag).get(i)));
            }
            cells.add(Integer.toString(unrated.get(i)));
            addRow(table, cells);
        }
        section.add(table);
        return section;
    }

    /** Actions by the month they are due: done, overdue (past due and not finished), still to do. */
    private Component actionsByMonth(PlanYear year, List<ActionRow> actions, LocalDate today) {
        Div section = section("Actions due and overdue", "dashboard-actions");
        List<YearMonth> months = year.months();
        List<Integer> done = new ArrayList<>();
        List<Integer> overdue = new ArrayList<>();
        List<Integer> toDo = new ArrayList<>();
        for (YearMonth month : months) {
            List<ActionRow> due = actions.stream().filter(a -> a.dueOn() != null && a.status() != ActionStatus.CANCELLED
                    && YearMonth.from(a.dueOn()).equals(month)).toList();
            done.add((int) due.stream().filter(a -> a.status() == ActionStatus.DONE).count());
            overdue.add((int) due.stream().filter(a -> a.isOverdue(today)).count());
            toDo.add((int) due.stream().filter(a -> !a.status().isFinished() && !a.isOverdue(today)).count());
        }
        List<String> labels = months.stream().map(MONTH::format).toList();
        int overdueNow = overdue.stream().mapToInt(Integer::intValue).sum();
        section.add(new PortalChart("Stacked bars of actions by the month they are due: done, overdue and still to "
                + "do. " + overdueNow + " overdue in all.", stackedBar(labels, List.of(
                dataset("Overdue", overdue, RAG_COLOURS.get(Rag.RED)),
                dataset("Still to do", toDo, RAG_COLOURS.get(Rag.BLUE)),
                dataset("Done", done, RAG_COLOURS.get(Rag.GREEN))))));
        NativeTable table = table("dashboard-actions-table", "Actions by the month they are due",
                List.of("Month", "Overdue", "Still to do", "Done"));
        for (int i = 0; i < months.size(); i++) {
            addRow(table, List.of(labels.get(i), overdue.get(i).toString(), toDo.get(i).toString(),
                    done.get(i).toString()));
        }
        section.add(table);
        long undated = actions.stream().filter(a -> a.dueOn() == null).count();
        if (undated > 0) {
            section.add(new Paragraph(undated + (undated == 1 ? " action has" : " actions have")
                    + " no due date and is not counted."));
        }
        return section;
    }

    /** Priorities serving each Fuller offer; an offer with none is a gap (see the coverage page). */
    private Component coverageByOffer(List<TagGroup> groups, List<PriorityRow> priorities) {
        Div section = section("Priorities serving each Fuller offer", "dashboard-offers");
        List<TagOption> offers = groups.stream().filter(g -> g.code().equals("FULLER")).findFirst()
                .map(TagGroup::items).orElse(List.of());
        if (offers.isEmpty()) {
            section.add(new Paragraph("The Fuller offers are not set up as reference data."));
            return section;
        }
        List<Integer> counts = offers.stream().map(o -> (int) priorities.stream()
                .filter(p -> p.tags().stream().anyMatch(t -> t.id() == o.id())).count()).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", offers.stream().map(o -> wrap(o.title(), 28)).toList());
        data.put("datasets", List.of(dataset("Priorities", counts, RAG_COLOURS.get(Rag.BLUE))));
        Map<String, Object> options = baseOptions();
        options.put("indexAxis", "y");
        options.put("scales", Map.of("x", Map.of("beginAtZero", true, "ticks", Map.of("precision", 0))));
        options.put("plugins", Map.of("legend", Map.of("display", false)));
        section.add(new PortalChart("Bars of the number of priorities serving each Fuller offer: "
                + describe(offers, counts) + ".", Map.of("type", "bar", "data", data, "options", options)));
        NativeTable table = table("dashboard-offers-table", "Priorities serving each Fuller offer",
                List.of("Offer", "Priorities"));
        for (int i = 0; i < offers.size(); i++) {
            addRow(table, List.of(offers.get(i).title(), counts.get(i).toString()));
        }
        section.add(table);
        return section;
    }

    private static String describe(List<TagOption> offers, List<Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            parts.add(offers.get(i).title() + " " + counts.get(i));
        }
        return String.join("; ", parts);
    }

    private static Map<String, Object> stackedBar(List<String> labels, List<Map<String, Object>> datasets) {
        Map<String, Object> options = baseOptions();
        options.put("scales", Map.of("x", Map.of("stacked", true),
                "y", Map.of("stacked", true, "beginAtZero", true, "ticks", Map.of("precision", 0))));
        options.put("plugins", Map.of("legend", Map.of("position", "bottom")));
        return Map.of("type", "bar", "data", Map.of("labels", labels, "datasets", datasets), "options", options);
    }

    private static Map<String, Object> baseOptions() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        return options;
    }

    private static Map<String, Object> dataset(String label, List<Integer> data, String colour) {
        return Map.of("label", label, "data", data, "backgroundColor", colour);
    }

    /** Splits a long label into lines chart.js draws one under another. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static Div section(String title, String id) {
        Div section = new Div(new H3(title));
        section.setId(id);
        section.addClassNames("portal-card", "dashboard-section");
        section.setWidthFull();
        return section;
    }

    private static NativeTable table(String id, String caption, List<String> headings) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("wp-figures");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String heading : headings) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(heading);
            cell.getElement().setAttribute("scope", "col");
        }
        return table;
    }

    private static void addRow(NativeTable table, List<String> cells) {
        NativeTableRow row = table.getBody().addRow();
        for (int i = 0; i < cells.size(); i++) {
            if (i == 0) {
                NativeTableHeaderCell cell = row.addHeaderCell();
                cell.setText(cells.get(i));
                cell.getElement().setAttribute("scope", "row");
            } else {
                row.addDataCell().setText(cells.get(i));
            }
        }
    }
}
