package org.neighbourhoodportal.workplan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.records.StaleRecordException;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.workplan.domain.Baseline;
import org.neighbourhoodportal.workplan.domain.BaselineEntry;
import org.neighbourhoodportal.workplan.domain.BaselineEntryRepository;
import org.neighbourhoodportal.workplan.domain.BaselineRepository;
import org.neighbourhoodportal.workplan.domain.PlanActionRepository;
import org.neighbourhoodportal.workplan.domain.Priority;
import org.neighbourhoodportal.workplan.domain.PriorityRepository;
import org.neighbourhoodportal.workplan.domain.PriorityUpdate;
import org.neighbourhoodportal.workplan.domain.PriorityUpdateRepository;
import org.neighbourhoodportal.workplan.domain.Workplan;
import org.neighbourhoodportal.workplan.domain.WorkplanRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a plan moves over time: a priority's status (RAG) and dated updates, the plan's history of updates, and
 * baselines (snapshots of the plan, e.g. as agreed at a board meeting). Access as in {@link WorkplanPolicy}; refusals
 * are {@link NotAllowedException}.
 */
@Service
@Transactional
public class ProgressService {

    private static final String PRIORITY = "priority";

    private final WorkplanRepository plans;
    private final PriorityRepository priorities;
    private final PlanActionRepository actions;
    private final PriorityUpdateRepository updates;
    private final BaselineRepository baselines;
    private final BaselineEntryRepository baselineEntries;
    private final DirectoryService directory;
    private final CurrentUser currentUser;
    private final WorkplanPolicy policy;
    private final PlanRecords records;
    private final Clock clock;

    ProgressService(WorkplanRepository plans, PriorityRepository priorities, PlanActionRepository actions,
                    PriorityUpdateRepository updates, BaselineRepository baselines,
                    BaselineEntryRepository baselineEntries, DirectoryService directory, CurrentUser currentUser,
                    WorkplanPolicy policy, PlanRecords records, Clock clock) {
        this.plans = plans;
        this.priorities = priorities;
        this.actions = actions;
        this.updates = updates;
        this.baselines = baselines;
        this.baselineEntries = baselineEntries;
        this.directory = directory;
        this.currentUser = currentUser;
        this.policy = policy;
        this.records = records;
        this.clock = clock;
    }

    /**
     * The priority's lead or the INT lead sets its status, with the reason for the colour, and says what happened,
     * from a screen that showed {@code version} of the priority.
     *
     * @throws InvalidInputException with a reason per field to put right
     * @throws NotAllowedException   when the caller neither leads the priority nor the INT
     * @throws StaleRecordException  when the priority has been saved since {@code version} was read; nothing is saved
     */
    public void rate(long priorityId, int version, Rag rag, String reason, String update) {
        Priority priority = records.readablePriority(priorityId);
        records.requireMayUpdate(currentUser.require(), plans.findById(priority.getWorkplanId()).orElseThrow(),
                priority);
        records.requireUnchanged(PRIORITY, version, priority.getVersion(), priority.getChangedBy(),
                priority.getChangedAt());
        rate(priorityId, rag, reason, update);
    }

    /**
     * The same as {@link #rate(long, int, Rag, String, String)} for the monthly highlight report's update task,
     * whose form is not a copy of the priority: the engine lets each update task be completed once, and the update
     * is recorded on top of whatever the priority says now.
     */
    public void rate(long priorityId, Rag rag, String reason, String update) {
        AccessProfile me = currentUser.require();
        Priority priority = records.readablePriority(priorityId);
        Workplan plan = plans.findById(priority.getWorkplanId()).orElseThrow();
        records.requireMayUpdate(me, plan, priority);
        List<FieldError> errors = new ArrayList<>();
        if (rag == null) {
            errors.add(new FieldError("rag", "Status", "Choose a status."));
        }
        PlanRecords.requireReason(rag, reason, errors);
        PlanRecords.text(update, "update", "Update", PriorityUpdate.TEXT_LENGTH, false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Rag before = priority.getRag();
        priority.rate(rag, PlanRecords.trimToNull(reason));
        priority.changed(me.personId(), clock.instant());
        PlanRecords.saved(PRIORITY, () -> priorities.saveAndFlush(priority));
        String words = update == null || update.isBlank()
                ? "Status " + (before == rag ? "confirmed as " : "changed to ") + rag.describe()
                        + PlanRecords.reasonSuffix(reason)
                : update.trim();
        records.recordUpdate(priority, me, words);
    }

    /** A dated update on a priority, keeping its status. */
    public void addUpdate(long priorityId, String text) {
        AccessProfile me = currentUser.require();
        Priority priority = records.readablePriority(priorityId);
        Workplan plan = plans.findById(priority.getWorkplanId()).orElseThrow();
        records.requireMayUpdate(me, plan, priority);
        List<FieldError> errors = new ArrayList<>();
        PlanRecords.text(text, "update", "Update", PriorityUpdate.TEXT_LENGTH, true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        records.recordUpdate(priority, me, text.trim());
    }

    /** Every update of a plan, oldest first: the history its RAG-over-time chart is drawn from. */
    @Transactional(readOnly = true)
    public List<UpdateRow> updates(long planId) {
        Workplan plan = records.readablePlan(planId);
        List<Long> ids = priorities.findByWorkplanIdOrderBySortOrderAscIdAsc(plan.getId()).stream()
                .map(Priority::getId).toList();
        return ids.isEmpty() ? List.of()
                : updates.findByPriorityIdInOrderByWrittenAtAscIdAsc(ids).stream().map(PlanRecords::updateRow).toList();
    }

    /** Snapshots every priority and action of the plan, e.g. as agreed at a board meeting; the INT lead only. */
    public BaselineSummary takeBaseline(long planId, String name) {
        AccessProfile me = currentUser.require();
        Workplan plan = records.readablePlan(planId);
        policy.requireLead(plan.getTeamId());
        List<FieldError> errors = new ArrayList<>();
        PlanRecords.text(name, "name", "Name", Baseline.NAME_LENGTH, true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Baseline baseline = baselines.save(new Baseline(planId, name.trim(), clock.instant(), me.personId()));
        List<Priority> planPriorities = priorities.findByWorkplanIdOrderBySortOrderAscIdAsc(planId);
        List<BaselineEntry> entries = new ArrayList<>();
        planPriorities.forEach(p -> entries.add(new BaselineEntry(baseline.getId(), BaselineEntry.PRIORITY, p.getId(),
                p.getTitle(), p.getStartsOn(), p.getEndsOn(), p.getRag().name(), null)));
        if (!planPriorities.isEmpty()) {
            actions.findByPriorityIdInOrderByPriorityIdAscSortOrderAscIdAsc(
                    planPriorities.stream().map(Priority::getId).toList()).forEach(a -> entries.add(
                    new BaselineEntry(baseline.getId(), BaselineEntry.ACTION, a.getId(), a.getTitle(), null,
                            a.getDueOn(), null, a.getStatus().name())));
        }
        baselineEntries.saveAll(entries);
        return baselineSummary(baseline);
    }

    @Transactional(readOnly = true)
    public List<BaselineSummary> baselines(long planId) {
        records.readablePlan(planId);
        return baselines.findByWorkplanIdOrderByTakenAtDesc(planId).stream().map(this::baselineSummary).toList();
    }

    /** What the plan looked like when the baseline was taken. */
    @Transactional(readOnly = true)
    public List<BaselineItem> baseline(long baselineId) {
        Baseline baseline = baselines.findById(baselineId)
                .orElseThrow(() -> new NotAllowedException("That baseline does not exist."));
        records.readablePlan(baseline.getWorkplanId());
        return baselineEntries.findByBaselineId(baselineId).stream()
                .map(e -> new BaselineItem(BaselineEntry.ACTION.equals(e.getKind()), e.getItemId(), e.getTitle(),
                        e.getStartsOn(), e.getEndsOn(), e.getRag() == null ? null : Rag.valueOf(e.getRag()),
                        e.getStatus() == null ? null : ActionStatus.valueOf(e.getStatus())))
                .toList();
    }

    private BaselineSummary baselineSummary(Baseline b) {
        return new BaselineSummary(b.getId(), b.getWorkplanId(), b.getName(), b.getTakenAt(),
                directory.personName(b.getTakenBy()));
    }
}
