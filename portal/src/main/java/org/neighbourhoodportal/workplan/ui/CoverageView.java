package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.RouteIds;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityFilter;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.TagGroup;
import org.neighbourhoodportal.workplan.TagOption;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;

/**
 * What the plan serves: each Fuller offer, neighbourhood health component, maturity domain and local objective
 * against the priorities tagged with it, with the gaps (nothing serves it) and overlaps (more than one priority
 * does) marked. Harborough's fourth objective is to find exactly these.
 */
@Route("workplan/:planId([0-9]+)/coverage")
@PageTitle("Coverage | Neighbourhood Portal")
@PermitAll
class CoverageView extends VerticalLayout implements BeforeEnterObserver {

    /** An overlap is more than one priority serving the same item: not wrong, but worth checking they join up. */
    static final int OVERLAP_FROM = 2;

    private final WorkplanService workplan;
    private final PriorityService priorityService;

    CoverageView(WorkplanService workplan, PriorityService priorityService) {
        this.workplan = workplan;
        this.priorityService = priorityService;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = RouteIds.id(event, "planId", "That work plan does not exist.");
        PlanSummary plan = workplan.plan(planId);
        List<PriorityRow> priorities = priorityService.priorities(planId, PriorityFilter.all());
        List<TagGroup> groups = workplan.tagGroups(planId);
        removeAll();
        add(new PlanHeader(plan, PlanHeader.Page.COVERAGE));

        int items = 0;
        int gaps = 0;
        int overlaps = 0;
        for (TagGroup group : groups) {
            for (TagOption item : group.items()) {
                int serving = servedBy(priorities, item).size();
                items++;
                gaps += serving == 0 ? 1 : 0;
                overlaps += serving >= OVERLAP_FROM ? 1 : 0;
            }
        }
        FlexLayout counts = new FlexLayout(
                count("coverage-gaps", gaps, gaps == 1 ? "gap" : "gaps", gaps == 0 ? Badge.Tone.DONE : Badge.Tone.OVERDUE),
                count("coverage-overlaps", overlaps, overlaps == 1 ? "overlap" : "overlaps", Badge.Tone.WAITING),
                count("coverage-covered", items - gaps, "of " + items + " served by a priority", Badge.Tone.NEUTRAL));
        counts.addClassName("coverage-counts");
        add(counts);
        add(new Paragraph("A gap is an offer, component, domain or objective that no priority in this plan serves. "
                + "An overlap is one served by more than one priority: that can be right (prevention runs through "
                + "many things), but check the priorities are joined up rather than duplicating effort. Completed "
                + "priorities still count: they served it this year."));

        NativeTable table = new NativeTable();
        table.setId("coverage-table");
        table.addClassName("wp-coverage");
        table.setCaptionText("What each priority serves, by framework");
        NativeTableRow head = table.getHead().addRow();
        for (String heading : List.of("Serves", "Priorities", "How many", "Gap or overlap")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(heading);
            cell.getElement().setAttribute("scope", "col");
        }
        for (TagGroup group : groups) {
            NativeTableRow groupRow = table.getBody().addRow();
            groupRow.addClassName("group");
            NativeTableHeaderCell name = groupRow.addHeaderCell();
            name.getElement().setAttribute("colspan", "4");
            name.getElement().setAttribute("scope", "colgroup");
            Span source = new Span(group.local() ? "the team's own objectives" : group.source());
            source.addClassName("portal-muted");
            name.add(new Span(group.name() + " "), source);
            for (TagOption item : group.items()) {
                table.getBody().addRows(itemRow(item, servedBy(priorities, item)));
            }
        }
        add(table);
    }

    private static NativeTableRow itemRow(TagOption item, List<PriorityRow> serving) {
        NativeTableRow row = new NativeTableRow();
        NativeTableHeaderCell title = row.addHeaderCell();
        title.getElement().setAttribute("scope", "row");
        title.setText(item.title() + (item.toVerify() ? " (wording to verify)" : ""));
        NativeTableCell priorities = row.addDataCell();
        Div chips = new Div();
        chips.addClassName("coverage-priorities");
        for (PriorityRow p : serving) {
            Anchor link = new Anchor(PriorityView.route(p.id()), p.title() + (p.rag() == Rag.BLUE ? " (complete)" : ""));
            link.addClassNames("coverage-priority", RagBadge.cssName(p.rag()));
            link.setTitle(p.rag().describe());
            chips.add(link);
        }
        priorities.add(chips);
        NativeTableCell count = row.addDataCell();
        count.setText(Integer.toString(serving.size()));
        count.addClassName("count");
        NativeTableCell assessment = row.addDataCell();
        assessment.add(assessment(item, serving.size()));
        if (serving.isEmpty()) {
            row.addClassName("gap");
        }
        return row;
    }

    private static Component assessment(TagOption item, int serving) {
        Badge badge = serving == 0 ? new Badge("Gap – no priority serves it", Badge.Tone.OVERDUE)
                : serving >= OVERLAP_FROM ? new Badge("Overlap – " + serving + " priorities", Badge.Tone.WAITING)
                : new Badge("Served", Badge.Tone.DONE);
        badge.setId("coverage-" + item.frameworkCode() + "-" + item.code());
        return badge;
    }

    private static List<PriorityRow> servedBy(List<PriorityRow> priorities, TagOption item) {
        return priorities.stream().filter(p -> p.tags().stream().anyMatch(t -> t.id() == item.id())).toList();
    }

    private static Div count(String id, int n, String label, Badge.Tone tone) {
        Div card = new Div();
        card.setId(id);
        card.addClassName("portal-card");
        Span number = new Span(Integer.toString(n));
        number.addClassName("count-number");
        card.add(number, new Badge(label, tone));
        return card;
    }
}
