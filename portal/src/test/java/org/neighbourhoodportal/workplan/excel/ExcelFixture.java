package org.neighbourhoodportal.workplan.excel;

import static org.neighbourhoodportal.directory.DemoDirectoryData.HARBOROUGH;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.workplan.ActionDraft;
import org.neighbourhoodportal.workplan.ActionRow;
import org.neighbourhoodportal.workplan.ActionStatus;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityDraft;
import org.neighbourhoodportal.workplan.PriorityFilter;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.ActionRiskService;

/** Plans to export and import, made through the same services as people use. */
final class ExcelFixture {

    /** Each fresh plan gets a year of its own: one plan per INT per year. */
    private static final AtomicInteger YEARS = new AtomicInteger(2200);

    private final RunAs runAs;
    private final WorkplanService workplan;
    private final PriorityService priorityService;
    private final ActionRiskService actionRiskService;
    private final WorkplanExcelService excel;

    ExcelFixture(RunAs runAs, WorkplanService workplan, PriorityService priorityService,
                 ActionRiskService actionRiskService, WorkplanExcelService excel) {
        this.runAs = runAs;
        this.workplan = workplan;
        this.priorityService = priorityService;
        this.actionRiskService = actionRiskService;
        this.excel = excel;
    }

    /** Harborough's demo plan, the one the demo shows. */
    long harboroughPlan() {
        return runAs.person(LEAD, () -> workplan.plans().stream().filter(p -> p.teamName().equals(HARBOROUGH))
                .sorted((a, b) -> Integer.compare(a.year(), b.year())).findFirst().orElseThrow().id());
    }

    /**
     * A small Harborough plan of its own, for a test that changes things: two priorities (one amber), three actions
     * (one a milestone).
     */
    long freshPlan() {
        return runAs.person(LEAD, () -> {
            long teamId = workplan.plan(harboroughPlan()).teamId();
            int year = YEARS.getAndIncrement();
            PlanSummary plan = workplan.createPlan(teamId, year);
            List<PersonOption> people = workplan.people(plan.id());
            long helen = person(people, "Helen Carter");
            long priya = person(people, "Priya Shah");
            long falls = priorityService.savePriority(new PriorityDraft(null, plan.id(), "Falls prevention at home",
                    "Falls are the commonest reason older people are admitted in winter.", null, helen,
                    LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), Rag.GREEN, null, Set.of(), null));
            long carers = priorityService.savePriority(new PriorityDraft(null, plan.id(), "Support for unpaid carers",
                    null, null, priya, LocalDate.of(year, 6, 1), LocalDate.of(year + 1, 1, 31), Rag.AMBER,
                    "Waiting to hear about funding.", Set.of(), null));
            actionRiskService.saveAction(new ActionDraft(null, falls, "Home safety checklist with Fire & Rescue", priya,
                    LocalDate.of(year, 9, 30), ActionStatus.IN_PROGRESS, 40, false, null));
            actionRiskService.saveAction(new ActionDraft(null, falls, "Strength and balance classes in three villages", helen,
                    LocalDate.of(year, 11, 30), ActionStatus.NOT_STARTED, 0, true, null));
            actionRiskService.saveAction(new ActionDraft(null, carers, "Carers' café at the library", null, null,
                    ActionStatus.NOT_STARTED, 0, false, null));
            return plan.id();
        });
    }

    static long person(List<PersonOption> people, String name) {
        return people.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    byte[] export(String person, long planId) {
        return runAs.person(person, () -> {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                excel.export(planId, out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    ImportPreview preview(String person, long planId, byte[] file) {
        return runAs.person(person, () -> excel.preview(planId, "plan.xlsx", new ByteArrayInputStream(file)));
    }

    ImportPreview preview(long planId, byte[] file) {
        return preview(LEAD, planId, file);
    }

    ImportResult apply(ImportPreview preview) {
        return runAs.person(LEAD, () -> excel.apply(preview));
    }

    List<PriorityRow> priorities(long planId) {
        return runAs.person(LEAD, () -> priorityService.priorities(planId, PriorityFilter.all()));
    }

    List<ActionRow> actions(long planId) {
        return runAs.person(LEAD, () -> actionRiskService.actions(planId));
    }

    PriorityRow priority(long planId, String title) {
        return priorities(planId).stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    ActionRow action(long planId, String title) {
        return actions(planId).stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
    }

    WorkplanService workplan() {
        return workplan;
    }

    RunAs runAs() {
        return runAs;
    }
}
