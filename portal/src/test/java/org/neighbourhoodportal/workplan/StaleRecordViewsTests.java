package org.neighbourhoodportal.workplan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.HARBOROUGH;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The screens' side of a refused stale save: the dialog says who changed the record, keeps what the person typed
 * until they choose, and "Reload" brings the record as it is now (with its new version), so the next save works.
 */
class StaleRecordViewsTests extends ViewTest {

    /** Plans of years long past, so that "the newest Harborough plan" other tests read stays the demo plan. */
    private static final AtomicInteger YEARS = new AtomicInteger(1950);

    @Autowired WorkplanService workplan;
    @Autowired ActionRiskService actionRiskService;
    @Autowired PriorityService priorityService;
    @Autowired ProgressService progressService;
    @Autowired RunAs runAs;

    private long priorityId;
    private long actionId;
    private long riskId;

    @BeforeEach
    void freshPlan() {
        runAs.person(LEAD, () -> {
            long teamId = workplan.plans().stream().filter(p -> p.teamName().equals(HARBOROUGH)).findFirst()
                    .orElseThrow().teamId();
            int year = YEARS.getAndIncrement();
            long planId = workplan.createPlan(teamId, year).id();
            long jo = workplan.people(planId).stream().filter(p -> p.name().equals("Jo Bennett"))
                    .map(PersonOption::id).findFirst().orElseThrow();
            long priya = workplan.people(planId).stream().filter(p -> p.name().equals("Priya Shah"))
                    .map(PersonOption::id).findFirst().orElseThrow();
            priorityId = priorityService.savePriority(new PriorityDraft(null, planId, "Falls prevention at home", null, null,
                    jo, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), Rag.GREEN, null, Set.of(), null));
            actionId = actionRiskService.saveAction(new ActionDraft(null, priorityId, "Home safety checklist", priya,
                    LocalDate.of(year, 9, 30), ActionStatus.IN_PROGRESS, 40, false, null));
            riskId = actionRiskService.saveRisk(new RiskDraft(null, priorityId, RiskKind.RISK, "Volunteers drop out", 3, 3,
                    null, null, true, null));
        });
    }

    @Test
    void a_lead_saving_a_priority_changed_meanwhile_is_told_who_changed_it_and_reload_makes_the_next_save_work() {
        signIn.as(LEAD);
        navigate("workplan/priority/" + priorityId);
        _click(_get(Button.class, spec -> spec.withId("priority-edit")));
        textField("priority-title").setValue("Falls prevention – Helen's words");

        // meanwhile Jo Bennett, who leads the priority, marks it red
        PriorityRow opened = priority();
        runAs.person(COUNCIL_MEMBER, () -> progressService.rate(priorityId, opened.version(), Rag.RED,
                "No venue for the classes", null));

        _click(_get(Button.class, spec -> spec.withId("priority-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("stale-message")).getText())
                .startsWith("Jo Bennett changed it on ")
                .endsWith(", after you opened it, so your changes were not saved.");
        assertThat(textField("priority-title").getValue()).as("what Helen typed is still there")
                .isEqualTo("Falls prevention – Helen's words");
        assertThat(priority().rag()).isEqualTo(Rag.RED);

        _click(_get(Button.class, spec -> spec.withId("stale-reload")));

        assertThat(_find(Paragraph.class, spec -> spec.withId("stale-message"))).isEmpty();
        assertThat(textField("priority-title").getValue()).isEqualTo("Falls prevention at home");
        @SuppressWarnings("unchecked")
        Select<Rag> rag = _get(Select.class, spec -> spec.withId("priority-rag"));
        assertThat(rag.getValue()).isEqualTo(Rag.RED);
        assertThat(_get(TextArea.class, spec -> spec.withId("priority-reason")).getValue())
                .isEqualTo("No venue for the classes");

        textField("priority-title").setValue("Falls prevention – Helen's words");
        _click(_get(Button.class, spec -> spec.withId("priority-save")));

        assertThat(priority().title()).isEqualTo("Falls prevention – Helen's words");
        assertThat(priority().rag()).as("Jo's red kept").isEqualTo(Rag.RED);
    }

    @Test
    void a_status_update_from_a_stale_dialog_is_refused_and_reload_keeps_the_persons_own_update_text() {
        signIn.as(COUNCIL_MEMBER);
        navigate("workplan/priority/" + priorityId);
        _click(_get(Button.class, spec -> spec.withId("priority-update-status")));
        _get(TextArea.class, spec -> spec.withId("rate-update")).setValue("Classes start in May.");

        PriorityRow opened = priority();
        runAs.person(LEAD, () -> progressService.rate(priorityId, opened.version(), Rag.AMBER, "Funding late", null));

        _click(_get(Button.class, spec -> spec.withId("rate-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("stale-message")).getText())
                .startsWith("Helen Carter changed it on ");

        _click(_get(Button.class, spec -> spec.withId("stale-reload")));
        @SuppressWarnings("unchecked")
        Select<Rag> rag = _get(Select.class, spec -> spec.withId("rate-rag"));
        assertThat(rag.getValue()).isEqualTo(Rag.AMBER);
        assertThat(_get(TextArea.class, spec -> spec.withId("rate-update")).getValue())
                .isEqualTo("Classes start in May.");

        _click(_get(Button.class, spec -> spec.withId("rate-save")));
        assertThat(runAs.person(LEAD, () -> priorityService.priority(priorityId)).updates())
                .extracting(UpdateRow::text).contains("Classes start in May.");
    }

    @Test
    void a_risk_changed_meanwhile_is_refused_in_the_dialog_and_not_yet_leaves_the_persons_text_in_place() {
        signIn.as(LEAD);
        navigate("workplan/priority/" + priorityId);
        _click((Button) GridKt._getCellComponent(grid("risk-grid"), 0, "edit"));
        _get(TextArea.class, spec -> spec.withId("risk-mitigation")).setValue("Helen's plan");

        RiskRow opened = risk();
        runAs.person(COUNCIL_MEMBER, () -> actionRiskService.saveRisk(new RiskDraft(riskId, priorityId, RiskKind.ISSUE,
                "Volunteers have dropped out", 4, 4, null, "Jo's plan", true, opened.version())));

        _click(_get(Button.class, spec -> spec.withId("risk-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("stale-message")).getText())
                .startsWith("Jo Bennett changed it on ");
        _click(_get(Button.class, spec -> spec.withId("stale-keep")));
        assertThat(_get(TextArea.class, spec -> spec.withId("risk-mitigation")).getValue())
                .isEqualTo("Helen's plan");
        assertThat(risk().mitigation()).isEqualTo("Jo's plan");

        _click(_get(Button.class, spec -> spec.withId("risk-save")));
        _click(_get(Button.class, spec -> spec.withId("stale-reload")));
        assertThat(_get(TextArea.class, spec -> spec.withId("risk-description")).getValue())
                .isEqualTo("Volunteers have dropped out");
        assertThat(_get(TextArea.class, spec -> spec.withId("risk-mitigation")).getValue()).isEqualTo("Jo's plan");
    }

    @Test
    void an_owners_progress_in_the_grid_on_a_stale_page_is_refused_and_reload_shows_the_leads_change() {
        signIn.as(MEMBER);
        navigate("workplan/priority/" + priorityId);

        ActionRow opened = action();
        runAs.person(LEAD, () -> actionRiskService.saveAction(new ActionDraft(actionId, priorityId, "Home safety visits",
                opened.ownerId(), opened.dueOn(), opened.status(), 60, opened.milestone(), opened.version())));

        percentField().setValue(70);

        assertThat(_get(Paragraph.class, spec -> spec.withId("stale-message")).getText())
                .startsWith("Helen Carter changed it on ");
        assertThat(action().percentComplete()).isEqualTo(60);

        _click(_get(Button.class, spec -> spec.withId("stale-reload")));
        assertThat(percentField().getValue()).isEqualTo(60);
    }

    private IntegerField percentField() {
        return (IntegerField) GridKt._getCellComponent(grid("action-grid"), 0, "percent");
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private TextField textField(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private PriorityRow priority() {
        return runAs.person(LEAD, () -> priorityService.priority(priorityId)).priority();
    }

    private ActionRow action() {
        return runAs.person(LEAD, () -> priorityService.priority(priorityId)).actions().stream()
                .filter(a -> a.id() == actionId).findFirst().orElseThrow();
    }

    private RiskRow risk() {
        return runAs.person(LEAD, () -> priorityService.priority(priorityId)).risks().stream()
                .filter(r -> r.id() == riskId).findFirst().orElseThrow();
    }
}
