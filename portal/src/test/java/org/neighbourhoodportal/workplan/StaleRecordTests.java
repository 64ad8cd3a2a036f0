package org.neighbourhoodportal.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.HARBOROUGH;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.records.StaleRecordException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A stale screen never overwrites newer work: two "sessions" read the same version of a record, the first saves, and
 * the second is refused with who changed it and when, and the first's work is kept.
 */
@PortalTest
class StaleRecordTests {

    /**
     * Each test's plan gets a year of its own (one plan per INT per year), long past, so that "the newest Harborough
     * plan" other tests read stays the demo plan.
     */
    private static final AtomicInteger YEARS = new AtomicInteger(1900);

    @Autowired WorkplanService workplan;
    @Autowired ActionRiskService actionRiskService;
    @Autowired PriorityService priorityService;
    @Autowired ProgressService progressService;
    @Autowired RunAs runAs;

    private long planId;
    private long priorityId;
    private long actionId;
    private long riskId;

    /** A plan of its own: a priority led by Jo Bennett, an action owned by Priya Shah, and a risk. */
    @BeforeEach
    void freshPlan() {
        runAs.person(LEAD, () -> {
            long teamId = workplan.plans().stream().filter(p -> p.teamName().equals(HARBOROUGH)).findFirst()
                    .orElseThrow().teamId();
            int year = YEARS.getAndIncrement();
            planId = workplan.createPlan(teamId, year).id();
            long jo = person("Jo Bennett");
            long priya = person("Priya Shah");
            priorityId = priorityService.savePriority(new PriorityDraft(null, planId, "Falls prevention at home", null, null,
                    jo, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), Rag.GREEN, null, Set.of(), null));
            actionId = actionRiskService.saveAction(new ActionDraft(null, priorityId, "Home safety checklist", priya,
                    LocalDate.of(year, 9, 30), ActionStatus.IN_PROGRESS, 40, false, null));
            riskId = actionRiskService.saveRisk(new RiskDraft(null, priorityId, RiskKind.RISK, "Volunteers drop out", 3, 3,
                    null, null, true, null));
        });
    }

    @Test
    void the_second_of_two_leads_saving_the_same_priority_is_refused_and_the_first_leads_change_is_kept() {
        PriorityRow first = priority();
        PriorityRow second = priority(); // the other lead's screen, opened at the same version

        runAs.person(LEAD, () -> priorityService.savePriority(draft(first, "Falls prevention – first lead's words")));
        Instant before = Instant.now();

        assertThatThrownBy(() -> runAs.person(LEAD, () -> priorityService.savePriority(draft(second,
                "Falls prevention – second lead's words"))))
                .isInstanceOfSatisfying(StaleRecordException.class, stale -> {
                    assertThat(stale.record()).isEqualTo("priority");
                    assertThat(stale.changedBy()).isEqualTo("Helen Carter");
                    assertThat(stale.changedAt()).isBetween(before.minus(Duration.ofMinutes(1)), before);
                    assertThat(stale.getMessage()).startsWith("Helen Carter changed this priority after you opened "
                            + "it, so your changes were not saved.");
                });
        assertThat(priority().title()).isEqualTo("Falls prevention – first lead's words");
    }

    @Test
    void a_lead_editing_a_priority_whose_status_its_lead_has_just_changed_is_told_who_changed_it() {
        PriorityRow opened = priority();

        runAs.person(COUNCIL_MEMBER, () -> progressService.rate(priorityId, opened.version(), Rag.RED, "No venue", null));

        assertThatThrownBy(() -> runAs.person(LEAD, () -> priorityService.savePriority(draft(opened, "Renamed"))))
                .isInstanceOfSatisfying(StaleRecordException.class,
                        stale -> assertThat(stale.changedBy()).isEqualTo("Jo Bennett"));
        assertThat(priority().rag()).as("Jo's red is not reverted to green").isEqualTo(Rag.RED);
        assertThat(priority().title()).isEqualTo("Falls prevention at home");
    }

    @Test
    void the_second_of_two_status_updates_from_the_same_screen_version_is_refused() {
        PriorityRow opened = priority();
        runAs.person(LEAD, () -> progressService.rate(priorityId, opened.version(), Rag.AMBER, "Venue late", null));

        assertThatThrownBy(() -> runAs.person(COUNCIL_MEMBER, () -> progressService.rate(priorityId, opened.version(),
                Rag.GREEN, null, "All fine")))
                .isInstanceOfSatisfying(StaleRecordException.class,
                        stale -> assertThat(stale.changedBy()).isEqualTo("Helen Carter"));
        assertThat(priority().rag()).isEqualTo(Rag.AMBER);
        assertThat(runAs.person(LEAD, () -> priorityService.priority(priorityId)).updates())
                .extracting(UpdateRow::text).doesNotContain("All fine");
    }

    @Test
    void an_owners_progress_from_a_screen_opened_before_the_lead_changed_the_action_is_refused() {
        ActionRow opened = action();
        runAs.person(LEAD, () -> actionRiskService.saveAction(new ActionDraft(actionId, priorityId, "Home safety visits",
                opened.ownerId(), opened.dueOn(), opened.status(), opened.percentComplete(), opened.milestone(),
                opened.version())));

        assertThatThrownBy(() -> runAs.person(MEMBER, () -> actionRiskService.saveAction(new ActionDraft(actionId,
                priorityId, opened.title(), opened.ownerId(), opened.dueOn(), ActionStatus.DONE, 100,
                opened.milestone(), opened.version()))))
                .isInstanceOfSatisfying(StaleRecordException.class, stale -> {
                    assertThat(stale.record()).isEqualTo("action");
                    assertThat(stale.changedBy()).isEqualTo("Helen Carter");
                });
        assertThat(action().title()).isEqualTo("Home safety visits");
        assertThat(action().status()).isEqualTo(ActionStatus.IN_PROGRESS);

        // reloaded, the owner's change goes through
        ActionRow reloaded = action();
        runAs.person(MEMBER, () -> actionRiskService.saveAction(new ActionDraft(actionId, priorityId, reloaded.title(),
                reloaded.ownerId(), reloaded.dueOn(), ActionStatus.DONE, 100, reloaded.milestone(),
                reloaded.version())));
        assertThat(action().status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void a_risk_changed_by_the_priority_lead_is_not_overwritten_by_the_int_leads_older_screen() {
        RiskRow opened = risk();
        runAs.person(COUNCIL_MEMBER, () -> actionRiskService.saveRisk(new RiskDraft(riskId, priorityId, RiskKind.ISSUE,
                "Volunteers have dropped out", 5, 4, null, "Recruit through the PPGs", true, opened.version())));

        assertThatThrownBy(() -> runAs.person(LEAD, () -> actionRiskService.saveRisk(new RiskDraft(riskId, priorityId,
                opened.kind(), opened.description(), opened.likelihood(), opened.impact(), null, null, false,
                opened.version()))))
                .isInstanceOfSatisfying(StaleRecordException.class, stale -> {
                    assertThat(stale.record()).isEqualTo("risk or issue");
                    assertThat(stale.changedBy()).isEqualTo("Jo Bennett");
                });
        assertThat(risk()).satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RiskKind.ISSUE);
            assertThat(r.open()).isTrue();
            assertThat(r.mitigation()).isEqualTo("Recruit through the PPGs");
        });
    }

    @Test
    void a_change_that_does_not_say_which_version_it_was_made_from_is_refused() {
        PriorityRow opened = priority();
        PriorityDraft unversioned = new PriorityDraft(priorityId, planId, "Renamed", null, null,
                opened.leadPersonId(), opened.startsOn(), opened.endsOn(), opened.rag(), null, Set.of(), null);

        assertThatThrownBy(() -> runAs.person(LEAD, () -> priorityService.savePriority(unversioned)))
                .isInstanceOf(StaleRecordException.class);
        assertThat(priority().title()).isEqualTo("Falls prevention at home");
    }

    private PriorityDraft draft(PriorityRow row, String title) {
        return new PriorityDraft(row.id(), row.planId(), title, row.whyItMatters(), row.leadOrganisationId(),
                row.leadPersonId(), row.startsOn(), row.endsOn(), row.rag(), row.ragReason(), Set.of(),
                row.version());
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

    private long person(String name) {
        return workplan.people(planId).stream().filter(p -> p.name().equals(name)).map(PersonOption::id)
                .findFirst().orElseThrow();
    }
}
