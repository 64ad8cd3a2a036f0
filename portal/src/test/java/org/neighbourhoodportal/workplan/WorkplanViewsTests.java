package org.neighbourhoodportal.workplan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.ViewTest;
import org.neighbourhoodportal.ui.Badge;
import org.springframework.beans.factory.annotation.Autowired;

/** The work plan's pages as people use them, without a browser. */
class WorkplanViewsTests extends ViewTest {

    private static final String SOCIAL_PRESCRIBING = "Green and blue social prescribing";
    private static final String FIRE_AND_RESCUE = "Cross-organisational working with Fire & Rescue";
    private static final String MENTAL_HEALTH = "Mental health initiatives";
    private static final List<String> HARBOROUGH_HEADLINES = List.of(SOCIAL_PRESCRIBING,
            "Better engagement with children and young people", "Tailoring services to the Armed Forces community",
            FIRE_AND_RESCUE, MENTAL_HEALTH, "Encouraging joint working and joint bids",
            "An Admiral Nurse for Harborough");

    @Autowired WorkplanService workplan;
    @Autowired ActionRiskService actionRiskService;
    @Autowired PriorityService priorityService;
    @Autowired ProgressService progressService;
    @Autowired RunAs runAs;

    @Test
    void the_lead_and_a_member_are_taken_straight_to_harboroughs_plan_and_see_its_priorities() {
        for (String person : List.of(LEAD, MEMBER)) {
            signIn.as(person);
            navigate("");
            assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Work plan");

            navigate("workplan");

            assertThat(path()).as(person).isEqualTo("workplan/" + harborough().id());
            assertThat(titles(grid())).as(person).containsAll(HARBOROUGH_HEADLINES);
            assertThat(_find(Button.class, spec -> spec.withId("add-priority"))).as(person)
                    .hasSize(person.equals(LEAD) ? 1 : 0);
        }
    }

    @Test
    void filters_narrow_the_grid_to_red_priorities_and_to_one_lead() {
        signIn.as(LEAD);
        navigate("workplan/" + harborough().id());
        Grid<PriorityRow> grid = grid();
        int all = GridKt._size(grid);

        select("filter-rag").setValue(Rag.RED);

        assertThat(titles(grid)).contains(FIRE_AND_RESCUE).doesNotContain(SOCIAL_PRESCRIBING);
        assertThat(rows(grid)).allMatch(r -> r.rag() == Rag.RED);
        assertThat(_get(Span.class, spec -> spec.withId("priorities-shown")).getText())
                .isEqualTo(GridKt._size(grid) + " of " + all + " priorities");

        select("filter-rag").setValue(null);
        @SuppressWarnings("unchecked")
        Select<org.neighbourhoodportal.directory.PersonOption> lead = select("filter-lead");
        lead.setValue(lead.getListDataView().getItems().filter(p -> p.name().equals("Jo Bennett")).findFirst()
                .orElseThrow());
        assertThat(rows(grid)).isNotEmpty().extracting(PriorityRow::leadPerson).containsOnly("Jo Bennett");
        assertThat(GridKt._size(grid)).isLessThan(all);
    }

    @Test
    void a_priority_lead_updates_the_status_in_place_and_the_update_shows_on_the_priority() {
        long id = priorityNamed(SOCIAL_PRESCRIBING);
        PriorityRow before = runAs.person(LEAD, () -> priorityService.priority(id)).priority();
        signIn.as(COUNCIL_MEMBER);
        navigate("workplan");
        Grid<PriorityRow> grid = grid();

        _click((Button) GridKt._getCellComponent(grid, indexOf(grid, SOCIAL_PRESCRIBING), "update"));
        select("rate-rag").setValue(Rag.AMBER);
        _get(TextArea.class, spec -> spec.withId("rate-reason")).setValue("");
        _click(_get(Button.class, spec -> spec.withId("rate-save")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("rate-reason"));
        assertThat(reason.isInvalid()).as("amber needs a reason").isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Say why it is amber");

        reason.setValue("Canal basin closed for repairs");
        _get(TextArea.class, spec -> spec.withId("rate-update")).setValue("Blue prescribing pilot moves to May.");
        _click(_get(Button.class, spec -> spec.withId("rate-save")));

        try {
            assertThat(((Span) GridKt._getCellComponent(grid, indexOf(grid, SOCIAL_PRESCRIBING), "rag")).getText())
                    .isEqualTo("Amber – at risk");
            navigate("workplan/priority/" + id);
            assertThat(_get(Span.class, spec -> spec.withId("priority-rag")).getText()).isEqualTo("Amber – at risk");
            Div timeline = _get(Div.class, spec -> spec.withId("record-timeline"));
            List<Div> lines = _find(timeline, Div.class, spec -> spec.withClasses("timeline-entry"));
            assertThat(lines.get(lines.size() - 1).getElement().getTextRecursively()).as("newest last, by its author")
                    .contains("Update: Amber – at risk", "Blue prescribing pilot moves to May.", "Jo Bennett");
        } finally {
            runAs.person(LEAD, () -> progressService.rate(id, before.rag(), before.ragReason(), "Status restored."));
        }
    }

    @Test
    void a_member_gets_the_update_action_only_on_the_priorities_they_lead() {
        signIn.as(MEMBER);
        navigate("workplan");
        Grid<PriorityRow> grid = grid();

        assertThat(GridKt._getCellComponent(grid, indexOf(grid, SOCIAL_PRESCRIBING), "update"))
                .isNotInstanceOf(Button.class);
        assertThat(GridKt._getCellComponent(grid, indexOf(grid, MENTAL_HEALTH), "update"))
                .as("Priya Shah leads mental health").isInstanceOf(Button.class);

        navigate("workplan/priority/" + priorityNamed(SOCIAL_PRESCRIBING));
        assertThat(_find(Button.class, spec -> spec.withId("priority-update-status"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("add-update"))).isEmpty();
    }

    @Test
    void an_action_owner_marks_their_action_done_in_place_but_cannot_change_others() {
        long id = priorityNamed("Better engagement with children and young people");
        ActionRow schools = action(id, "Find a contact in each secondary school");
        ActionRow article = action(id, "Article on roles in general practice for Speak Out");
        signIn.as(MEMBER);
        navigate("workplan/priority/" + id);

        @SuppressWarnings("unchecked")
        Grid<ActionRow> actions = _get(Grid.class, spec -> spec.withId("action-grid"));
        assertThat(GridKt._getCellComponent(actions, actionIndex(actions, article), "status"))
                .as("Helen Carter owns the article").isInstanceOf(Badge.class);
        @SuppressWarnings("unchecked")
        Select<ActionStatus> status = (Select<ActionStatus>) GridKt._getCellComponent(actions,
                actionIndex(actions, schools), "status");
        status.setValue(ActionStatus.DONE);

        try {
            ActionRow saved = action(id, schools.title());
            assertThat(saved.status()).isEqualTo(ActionStatus.DONE);
            assertThat(saved.percentComplete()).as("done means 100%").isEqualTo(100);
            @SuppressWarnings("unchecked")
            Grid<ActionRow> shown = _get(Grid.class, spec -> spec.withId("action-grid"));
            assertThat(GridKt._getFormatted(shown, actionIndex(shown, schools), "owner")).isEqualTo("Priya Shah");
            assertThat(((Select<?>) GridKt._getCellComponent(shown, actionIndex(shown, schools), "status"))
                    .getValue()).isEqualTo(ActionStatus.DONE);
        } finally {
            runAs.person(LEAD, () -> actionRiskService.saveAction(new ActionDraft(schools.id(), id, schools.title(),
                    schools.ownerId(), schools.dueOn(), schools.status(), schools.percentComplete(),
                    schools.milestone(), action(id, schools.title()).version())));
        }
    }

    @Test
    void a_priority_the_service_refuses_is_marked_field_by_field_and_not_added() {
        signIn.as(LEAD);
        navigate("workplan/" + harborough().id());
        int before = GridKt._size(grid());

        _click(_get(Button.class, spec -> spec.withId("add-priority")));
        select("priority-rag").setValue(Rag.RED);
        _click(_get(Button.class, spec -> spec.withId("priority-save")));

        assertThat(_get(TextField.class, spec -> spec.withId("priority-title")).isInvalid()).isTrue();
        TextArea reason = _get(TextArea.class, spec -> spec.withId("priority-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Say why it is red");
        assertThat(GridKt._size(grid())).isEqualTo(before);
    }

    @Test
    void coverage_marks_the_urgent_services_component_as_a_gap_and_prevention_as_an_overlap() {
        signIn.as(MEMBER);
        navigate("workplan/" + harborough().id() + "/coverage");

        assertThat(badge("coverage-NH_COMPONENTS-URGENT").getText()).isEqualTo("Gap – no priority serves it");
        assertThat(badge("coverage-FULLER-PREVENTION").getText()).startsWith("Overlap – ");
        assertThat(badge("coverage-FULLER-ACCESS").getText()).as("only the Armed Forces priority").isEqualTo("Served");
        NativeTableRow urgent = (NativeTableRow) badge("coverage-NH_COMPONENTS-URGENT").getParent().orElseThrow()
                .getParent().orElseThrow();
        assertThat(urgent.getClassNames()).contains("gap");
    }

    @Test
    void the_timeline_shows_fire_and_rescue_slipped_against_the_september_board_baseline() {
        long fire = priorityNamed(FIRE_AND_RESCUE);
        signIn.as(LEAD);
        navigate("workplan/" + harborough().id() + "/timeline");
        @SuppressWarnings("unchecked")
        ComboBox<BaselineSummary> baseline = _get(ComboBox.class, spec -> spec.withId("timeline-baseline"));
        baseline.setValue(baseline.getListDataView().getItems()
                .filter(b -> b.name().startsWith("INT board, September")).findFirst().orElseThrow());

        Div row = _get(Div.class, spec -> spec.withId("timeline-priority-" + fire));
        assertThat(_find(row, Badge.class)).extracting(Badge::getText).containsExactly("Slipped 9 weeks");
        Div steady = _get(Div.class, spec -> spec.withId("timeline-priority-" + priorityNamed(MENTAL_HEALTH)));
        assertThat(_find(steady, Badge.class)).isEmpty();
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("timeline-slipped")), ListItem.class))
                .extracting(ListItem::getText)
                .anyMatch(s -> s.startsWith(FIRE_AND_RESCUE + ": now ends") && s.endsWith("(9 weeks later)."))
                .noneMatch(s -> s.startsWith(MENTAL_HEALTH));
    }

    @Test
    void the_dashboard_counts_priorities_by_offer_and_gives_every_chart_a_table() {
        signIn.as(LEAD);
        navigate("workplan/" + harborough().id() + "/dashboard");

        NativeTable offers = _get(NativeTable.class, spec -> spec.withId("dashboard-offers-table"));
        assertThat(offers.getBody().getRows()).extracting(r -> r.getHeaderCells().get(0).getText() + " = "
                        + r.getDataCells().get(0).getText())
                .contains("Streamlined access to care and advice = 1", "Helping people stay well for longer = 2");
        assertThat(_find(NativeTable.class)).hasSize(3);
        NativeTable rag = _get(NativeTable.class, spec -> spec.withId("dashboard-rag-table"));
        NativeTableRow thisMonth = rag.getBody().getRows().get(rag.getBody().getRows().size() - 1);
        assertThat(thisMonth.getHeaderCells().get(0).getText()).endsWith("(today)");
        assertThat(thisMonth.getDataCells().get(0).getText()).as("red this month").isEqualTo("1");
    }

    @Test
    void an_icb_manager_of_another_icb_cannot_open_harboroughs_plan() {
        long harborough = harborough().id();
        signIn.as(ICB_MANAGER);
        navigate("workplan");
        assertThat(_get(H2.class, spec -> spec.withId("plan-title")).getText()).startsWith("Thurrock INT 4");

        for (String page : List.of("", "/timeline", "/coverage", "/dashboard")) {
            navigate("workplan/" + harborough + page);
            assertThat(_get(H2.class).getText()).as(page).isEqualTo("Not available");
            assertThat(_find(Grid.class)).isEmpty();
        }
        navigate("workplan/priority/" + priorityNamed(FIRE_AND_RESCUE));
        assertThat(_get(H2.class).getText()).isEqualTo("Not available");
    }

    private PlanSummary harborough() {
        return runAs.person(LEAD, () -> workplan.plans()).stream()
                .filter(p -> p.teamName().equals("Harborough INT")).findFirst().orElseThrow();
    }

    private long priorityNamed(String title) {
        return runAs.person(LEAD, () -> priorityService.priorities(harborough().id(), PriorityFilter.all())).stream()
                .filter(r -> r.title().equals(title)).findFirst().orElseThrow().id();
    }

    private ActionRow action(long priorityId, String title) {
        return runAs.person(LEAD, () -> priorityService.priority(priorityId)).actions().stream()
                .filter(a -> a.title().equals(title)).findFirst().orElseThrow();
    }

    private static int actionIndex(Grid<ActionRow> grid, ActionRow action) {
        List<Long> ids = grid.getListDataView().getItems().map(ActionRow::id).toList();
        assertThat(ids).contains(action.id());
        return ids.indexOf(action.id());
    }

    @SuppressWarnings("unchecked")
    private static Grid<PriorityRow> grid() {
        return _get(Grid.class, spec -> spec.withId("priority-grid"));
    }

    private static List<PriorityRow> rows(Grid<PriorityRow> grid) {
        return grid.getListDataView().getItems().toList();
    }

    private static List<String> titles(Grid<PriorityRow> grid) {
        return rows(grid).stream().map(PriorityRow::title).toList();
    }

    private static int indexOf(Grid<PriorityRow> grid, String title) {
        List<String> titles = titles(grid);
        assertThat(titles).contains(title);
        return titles.indexOf(title);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Select select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static Badge badge(String id) {
        return _get(Badge.class, spec -> spec.withId(id));
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
