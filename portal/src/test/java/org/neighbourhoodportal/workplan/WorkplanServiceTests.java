package org.neighbourhoodportal.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The work plan's rules, through the service: who may read and change what, and what a change records. */
@PortalTest
class WorkplanServiceTests {

    @Autowired WorkplanService workplan;
    @Autowired ActionRiskService actionRiskService;
    @Autowired PriorityService priorityService;
    @Autowired ProgressService progressService;
    @Autowired RunAs runAs;

    @Test
    void the_demo_plan_shows_harboroughs_headlines_tagged_against_the_frameworks() {
        PlanSummary plan = harborough(LEAD);
        List<PriorityRow> rows = runAs.person(LEAD, () -> priorityService.priorities(plan.id(), PriorityFilter.all()));

        assertThat(rows).extracting(PriorityRow::title).contains("Green and blue social prescribing",
                "Tailoring services to the Armed Forces community", "An Admiral Nurse for Harborough");
        assertThat(rows).filteredOn(r -> r.title().startsWith("Green and blue")).singleElement()
                .satisfies(r -> assertThat(r.tags()).extracting(TagOption::title)
                        .contains("Helping people stay well for longer",
                                "Ensuring we tackle loneliness and isolation within everything we do"));
        assertThat(runAs.person(LEAD, () -> workplan.tagGroups(plan.id()))).extracting(TagGroup::name)
                .containsExactly("Fuller Stocktake: what neighbourhood teams offer",
                        "Neighbourhood health: six core components", "PCN Maturity Matrix domains",
                        "Four levels of integrated working",
                        "Neighbourhood Health Framework: goals and minimum expectations (to verify)",
                        "Harborough INT objectives");
    }

    @Test
    void filters_narrow_the_plan_by_status_lead_tag_and_overdue() {
        PlanSummary plan = harborough(LEAD);
        assertThat(runAs.person(LEAD, () -> priorityService.priorities(plan.id(), new PriorityFilter(Rag.RED, null, null, false))))
                .extracting(PriorityRow::title).containsExactly("Cross-organisational working with Fire & Rescue");
        List<PriorityRow> overdue = runAs.person(LEAD,
                () -> priorityService.priorities(plan.id(), new PriorityFilter(null, null, null, true)));
        assertThat(overdue).isNotEmpty().allMatch(r -> r.isOverdue(LocalDate.now(PortalTime.DEFAULT_ZONE)));
        long jo = runAs.person(LEAD, () -> workplan.people(plan.id())).stream()
                .filter(p -> p.name().equals("Jo Bennett")).findFirst().orElseThrow().id();
        assertThat(runAs.person(LEAD, () -> priorityService.priorities(plan.id(), new PriorityFilter(null, jo, null, false))))
                .extracting(PriorityRow::leadPerson).containsOnly("Jo Bennett");
    }

    @Test
    void members_and_the_icb_read_but_only_their_own_ints_plans() {
        // containsOnly: tests that change things make plans of their own for Harborough, in years long past
        assertThat(runAs.person(MEMBER, () -> workplan.plans())).extracting(PlanSummary::teamName)
                .containsOnly("Harborough INT");
        assertThat(runAs.person(ICB_MANAGER, () -> workplan.plans())).extracting(PlanSummary::teamName)
                .containsExactly("Thurrock INT 4 – Stanford-le-Hope (SLH)");
        long harborough = harborough(LEAD).id();
        for (String outsider : new String[]{ICB_MANAGER, THURROCK_LEAD, PPG_REP}) {
            assertThatThrownBy(() -> runAs.person(outsider, () -> workplan.plan(harborough)))
                    .as(outsider).isInstanceOf(NotAllowedException.class);
        }
    }

    @Test
    void only_the_int_lead_adds_priorities_and_a_new_priority_starts_its_history() {
        PlanSummary plan = harborough(LEAD);
        PriorityDraft draft = new PriorityDraft(null, plan.id(), "Frailty huddles", "Weekly MDT huddle", null, null,
                LocalDate.now(PortalTime.DEFAULT_ZONE), LocalDate.now(PortalTime.DEFAULT_ZONE).plusMonths(6), Rag.GREEN, null,
                Set.of(), null);

        assertThatThrownBy(() -> runAs.person(MEMBER, () -> priorityService.savePriority(draft)))
                .isInstanceOf(NotAllowedException.class);
        long id = runAs.person(LEAD, () -> priorityService.savePriority(draft));
        PriorityDetails details = runAs.person(MEMBER, () -> priorityService.priority(id));
        assertThat(details.priority().title()).isEqualTo("Frailty huddles");
        assertThat(details.updates()).extracting(UpdateRow::text).containsExactly("Priority added to the plan.");
        assertThat(details.canEdit()).isFalse();
    }

    @Test
    void amber_or_red_needs_a_reason_and_bad_dates_are_refused_with_every_problem_named() {
        PlanSummary plan = harborough(LEAD);
        PriorityDraft bad = new PriorityDraft(null, plan.id(), " ", null, null, null, LocalDate.now(PortalTime.DEFAULT_ZONE),
                LocalDate.now(PortalTime.DEFAULT_ZONE).minusDays(1), Rag.RED, null, Set.of(), null);

        assertThatThrownBy(() -> runAs.person(LEAD, () -> priorityService.savePriority(bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(er -> er.key()).containsExactlyInAnyOrder("title", "endsOn", "ragReason"));
    }

    @Test
    void a_priority_lead_updates_the_status_in_place_and_it_is_recorded_with_its_colour() {
        long priority = priorityNamed("Green and blue social prescribing");
        runAs.person(COUNCIL_MEMBER, () -> progressService.rate(priority, Rag.AMBER, "Pilot site flooded",
                "The canal basin pilot is delayed by flooding."));

        PriorityDetails details = runAs.person(LEAD, () -> priorityService.priority(priority));
        assertThat(details.priority().rag()).isEqualTo(Rag.AMBER);
        assertThat(details.priority().ragReason()).isEqualTo("Pilot site flooded");
        assertThat(details.updates().get(0)).satisfies(u -> {
            assertThat(u.rag()).isEqualTo(Rag.AMBER);
            assertThat(u.author()).isEqualTo("Jo Bennett");
            assertThat(u.text()).isEqualTo("The canal basin pilot is delayed by flooding.");
        });
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> {
            progressService.rate(priority, Rag.GREEN, null, "Not my priority");
            return null;
        })).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void an_action_owner_changes_progress_but_not_what_the_action_is() {
        long priority = priorityNamed("Mental health initiatives");
        ActionRow coffeeBus = runAs.person(MEMBER, () -> priorityService.priority(priority)).actions().stream()
                .filter(a -> a.title().startsWith("Coffee Bus")).findFirst().orElseThrow();

        runAs.person(MEMBER, () -> actionRiskService.saveAction(new ActionDraft(coffeeBus.id(), priority, coffeeBus.title(),
                coffeeBus.ownerId(), coffeeBus.dueOn(), ActionStatus.DONE, 80, coffeeBus.milestone(),
                coffeeBus.version())));
        ActionRow saved = runAs.person(LEAD, () -> priorityService.priority(priority)).actions().stream()
                .filter(a -> a.id() == coffeeBus.id()).findFirst().orElseThrow();
        assertThat(saved.status()).isEqualTo(ActionStatus.DONE);
        assertThat(saved.percentComplete()).isEqualTo(100);

        assertThatThrownBy(() -> runAs.person(MEMBER, () -> actionRiskService.saveAction(new ActionDraft(coffeeBus.id(),
                priority, "Renamed by the owner", coffeeBus.ownerId(), coffeeBus.dueOn(), ActionStatus.DONE, 100,
                false, saved.version())))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(COUNCIL_MEMBER, () -> actionRiskService.saveAction(new ActionDraft(
                coffeeBus.id(), priority, coffeeBus.title(), coffeeBus.ownerId(), coffeeBus.dueOn(),
                ActionStatus.BLOCKED, 10, false, coffeeBus.version())))).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void a_baseline_keeps_the_plan_as_it_was_when_later_changes_are_made() {
        PlanSummary plan = harborough(LEAD);
        BaselineSummary baseline = runAs.person(LEAD, () -> progressService.takeBaseline(plan.id(), "Board, test"));
        long priority = priorityNamed("Tailoring services to the Armed Forces community");
        PriorityRow before = runAs.person(LEAD, () -> priorityService.priority(priority)).priority();
        runAs.person(LEAD, () -> priorityService.savePriority(new PriorityDraft(priority, plan.id(), before.title(),
                before.whyItMatters(), before.leadOrganisationId(), before.leadPersonId(), before.startsOn(),
                before.endsOn().plusMonths(2), before.rag(), before.ragReason(),
                Set.copyOf(before.tags().stream().map(TagOption::id).toList()), before.version())));

        assertThat(runAs.person(MEMBER, () -> progressService.baseline(baseline.id())))
                .filteredOn(i -> !i.action() && i.itemId() == priority).singleElement()
                .satisfies(i -> assertThat(i.endsOn()).isEqualTo(before.endsOn()));
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> progressService.takeBaseline(plan.id(), "Not mine")))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void a_risk_is_scored_likelihood_times_impact_and_checked() {
        long priority = priorityNamed("Encouraging joint working and joint bids");
        long id = runAs.person(MEMBER, () -> actionRiskService.saveRisk(new RiskDraft(null, priority, RiskKind.RISK,
                "Funders' deadlines clash with board dates", 4, 3, null, "Delegate sign-off to the chair", true, null)));
        assertThat(runAs.person(LEAD, () -> priorityService.priority(priority)).risks())
                .filteredOn(r -> r.id() == id).singleElement().satisfies(r -> assertThat(r.score()).isEqualTo(12));
        assertThatThrownBy(() -> runAs.person(MEMBER, () -> actionRiskService.saveRisk(new RiskDraft(null, priority,
                RiskKind.RISK, "x", 6, 0, null, null, true, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(er -> er.key()).containsExactlyInAnyOrder("likelihood", "impact"));
    }

    private PlanSummary harborough(String person) {
        return runAs.person(person, () -> workplan.plans()).stream()
                .filter(p -> p.teamName().equals("Harborough INT")).findFirst().orElseThrow();
    }

    private long priorityNamed(String title) {
        PlanSummary plan = harborough(LEAD);
        return runAs.person(LEAD, () -> priorityService.priorities(plan.id(), PriorityFilter.all())).stream()
                .filter(r -> r.title().equals(title)).findFirst().orElseThrow().id();
    }
}
