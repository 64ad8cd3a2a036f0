package org.neighbourhoodportal.workplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.records.StaleRecordException;
import org.neighbourhoodportal.feedback.FeedbackProgress;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.workplan.domain.BacklogItem;
import org.neighbourhoodportal.workplan.domain.BacklogItemRepository;
import org.neighbourhoodportal.workplan.domain.Baseline;
import org.neighbourhoodportal.workplan.domain.BaselineEntry;
import org.neighbourhoodportal.workplan.domain.BaselineEntryRepository;
import org.neighbourhoodportal.workplan.domain.BaselineRepository;
import org.neighbourhoodportal.workplan.domain.Framework;
import org.neighbourhoodportal.workplan.domain.FrameworkItem;
import org.neighbourhoodportal.workplan.domain.FrameworkItemRepository;
import org.neighbourhoodportal.workplan.domain.FrameworkRepository;
import org.neighbourhoodportal.workplan.domain.PlanAction;
import org.neighbourhoodportal.workplan.domain.PlanActionRepository;
import org.neighbourhoodportal.workplan.domain.Priority;
import org.neighbourhoodportal.workplan.domain.PriorityRepository;
import org.neighbourhoodportal.workplan.domain.PriorityUpdate;
import org.neighbourhoodportal.workplan.domain.PriorityUpdateRepository;
import org.neighbourhoodportal.workplan.domain.Risk;
import org.neighbourhoodportal.workplan.domain.RiskRepository;
import org.neighbourhoodportal.workplan.domain.Workplan;
import org.neighbourhoodportal.workplan.domain.WorkplanRepository;
import org.neighbourhoodportal.workflow.ProcessService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The INT's work plan. Who may do what is decided in {@link WorkplanPolicy} (the INT lead edits priorities and
 * baselines; a priority's lead and the owners of its actions keep their part current; members and the ICB's managers
 * read); every public method asks it about the signed-in person, and throws {@link NotAllowedException} when they
 * may not. A plan or priority the caller may not read is refused in the same words as one that does not exist.
 */
@Service
@Transactional
public class WorkplanService {

    /** The backlog source kind of PPG feedback. */
    public static final String FEEDBACK_SOURCE = "PPG_FEEDBACK";
    private static final String PLAN_NOT_FOUND = WorkplanPolicy.PLAN_NOT_FOUND;
    private static final String PRIORITY_NOT_FOUND = "That priority does not exist, or you do not have access to it.";
    private static final String PRIORITY = "priority";
    private static final String ACTION = "action";
    private static final String RISK = "risk or issue";

    private final WorkplanRepository plans;
    private final PriorityRepository priorities;
    private final PlanActionRepository actions;
    private final PriorityUpdateRepository updates;
    private final RiskRepository risks;
    private final BaselineRepository baselines;
    private final BaselineEntryRepository baselineEntries;
    private final FrameworkRepository frameworks;
    private final FrameworkItemRepository frameworkItems;
    private final BacklogItemRepository backlog;
    private final DirectoryService directory;
    private final CurrentUser currentUser;
    private final WorkplanPolicy policy;
    private final FeedbackService feedback;
    private final Clock clock;

    WorkplanService(WorkplanRepository plans, PriorityRepository priorities, PlanActionRepository actions,
                    PriorityUpdateRepository updates, RiskRepository risks, BaselineRepository baselines,
                    BaselineEntryRepository baselineEntries, FrameworkRepository frameworks,
                    FrameworkItemRepository frameworkItems, BacklogItemRepository backlog,
                    DirectoryService directory, CurrentUser currentUser, WorkplanPolicy policy,
                    FeedbackService feedback, Clock clock) {
        this.policy = policy;
        this.plans = plans;
        this.priorities = priorities;
        this.actions = actions;
        this.updates = updates;
        this.risks = risks;
        this.baselines = baselines;
        this.baselineEntries = baselineEntries;
        this.frameworks = frameworks;
        this.frameworkItems = frameworkItems;
        this.backlog = backlog;
        this.directory = directory;
        this.currentUser = currentUser;
        this.feedback = feedback;
        this.clock = clock;
    }

    // ---- Plans --------------------------------------------------------------------------------------------------

    /** The plans the caller may read, newest year first. */
    @Transactional(readOnly = true)
    public List<PlanSummary> plans() {
        AccessProfile me = currentUser.require();
        Map<Long, String> teamNames = teamNames(me.teamsInView());
        return plans.findByTeamIdInOrderByPlanYearDesc(me.teamsInView()).stream()
                .map(p -> summary(p, teamNames.get(p.getTeamId())))
                .sorted(Comparator.comparing(PlanSummary::teamName).thenComparing(PlanSummary::year,
                        Comparator.reverseOrder()))
                .toList();
    }

    @Transactional(readOnly = true)
    public PlanSummary plan(long planId) {
        return summary(readablePlan(planId));
    }

    /** Starts a team's plan for a year; one plan per INT per year. */
    public PlanSummary createPlan(long teamId, int year) {
        requireLead(teamId);
        if (plans.findByTeamIdAndPlanYear(teamId, year).isPresent()) {
            throw new InvalidInputException(List.of(new FieldError("year", "Year",
                    "This team already has a plan for " + year + ".")));
        }
        TeamSummary team = directory.team(teamId);
        Workplan plan = plans.save(new Workplan(teamId, year,
                team.name() + " work plan " + year + "/" + String.format("%02d", (year + 1) % 100), clock.instant()));
        return summary(plan, team.name());
    }

    /** What priorities in this plan can be tagged with: the reference frameworks, then the team's own objectives. */
    @Transactional(readOnly = true)
    public List<TagGroup> tagGroups(long planId) {
        return tagGroupsOfTeam(readablePlan(planId).getTeamId());
    }

    @Transactional(readOnly = true)
    public List<PersonOption> people(long planId) {
        return directory.teamPeople(readablePlan(planId).getTeamId());
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations(long planId) {
        return directory.memberOrganisations(readablePlan(planId).getTeamId());
    }

    /** Whether the caller leads the plan's team (and so may change priorities and take baselines). */
    @Transactional(readOnly = true)
    public boolean canEditPlan(long planId) {
        return currentUser.require().leads(readablePlan(planId).getTeamId());
    }

    /**
     * Today's date in the portal's zone (Europe/London unless configured), for views that mark what is overdue. For
     * anyone signed in.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    public LocalDate today() {
        currentUser.require();
        return LocalDate.now(clock);
    }

    /**
     * The plan year today falls in: plans run from April to March and carry the year they start in.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    public int currentPlanYear() {
        policy.me();
        LocalDate today = LocalDate.now(clock);
        return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    }

    /** The teams the caller leads that have no plan for the current plan year yet: each may start one. */
    @Transactional(readOnly = true)
    public List<TeamSummary> teamsWithoutCurrentPlan() {
        int year = currentPlanYear();
        return directory.teams(currentUser.require().ledTeams()).stream()
                .filter(t -> plans.findByTeamIdAndPlanYear(t.id(), year).isEmpty())
                .toList();
    }

    // ---- Priorities ---------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<PriorityRow> priorities(long planId, PriorityFilter filter) {
        Workplan plan = readablePlan(planId);
        LocalDate today = LocalDate.now(clock);
        return rows(plan, priorities.findByWorkplanIdOrderBySortOrderAscIdAsc(planId)).stream()
                .filter(r -> filter.rag() == null || r.rag() == filter.rag())
                .filter(r -> filter.leadPersonId() == null || filter.leadPersonId().equals(r.leadPersonId()))
                .filter(r -> filter.tagId() == null || r.tags().stream().anyMatch(t -> t.id() == filter.tagId()))
                .filter(r -> !filter.overdueOnly() || r.isOverdue(today))
                .toList();
    }

    @Transactional(readOnly = true)
    public PriorityDetails priority(long priorityId) {
        AccessProfile me = currentUser.require();
        Priority priority = readablePriority(priorityId);
        Workplan plan = plans.findById(priority.getWorkplanId()).orElseThrow();
        PriorityRow row = rows(plan, List.of(priority)).get(0);
        List<PlanAction> actionList = actions.findByPriorityIdOrderBySortOrderAscIdAsc(priorityId);
        List<Risk> riskList = risks.findByPriorityIdOrderByIdAsc(priorityId);
        // every owner's name in one query, however many actions and risks
        Map<Long, String> names = namesOf(java.util.stream.Stream.concat(
                actionList.stream().map(PlanAction::getOwnerPersonId), riskList.stream().map(Risk::getOwnerPersonId)));
        List<ActionRow> actionRows = actionList.stream().map(a -> actionRow(a, names)).toList();
        List<UpdateRow> updateRows = updates.findByPriorityIdOrderByWrittenAtDescIdDesc(priorityId).stream()
                .map(WorkplanService::updateRow).toList();
        List<RiskRow> riskRows = riskList.stream().map(r -> riskRow(r, names)).toList();
        List<BacklogItem> routedHere = backlog.findByPriorityIdOrderByCreatedAtDesc(priorityId);
        Map<Long, FeedbackProgress> progress = feedback.progress(routedHere.stream()
                .filter(i -> FEEDBACK_SOURCE.equals(i.getSourceKind()) && i.getSourceId() != null)
                .map(BacklogItem::getSourceId).toList());
        List<LinkedRecord> linked = routedHere.stream().map(i -> linked(i, progress)).toList();
        return new PriorityDetails(row, summary(plan), actionRows, updateRows, riskRows, linked,
                me.leads(plan.getTeamId()), mayUpdate(me, plan, priority));
    }

    /**
     * Adds or changes a priority; the INT lead only. A new RAG is recorded as an update.
     *
     * @return the priority's id
     * @throws InvalidInputException with a reason per field the lead must put right
     * @throws NotAllowedException   when the caller does not lead the plan's team, or the priority is not theirs to see
     * @throws StaleRecordException  when the priority has been saved since {@code draft.version()} was read; nothing
     *                               is saved
     */
    public long savePriority(PriorityDraft draft) {
        AccessProfile me = currentUser.require();
        Workplan plan = readablePlan(draft.planId());
        requireLead(plan.getTeamId());
        validate(plan, draft);
        Priority priority;
        if (draft.id() == null) {
            int order = priorities.findByWorkplanIdOrderBySortOrderAscIdAsc(plan.getId()).size() + 1;
            priority = new Priority(plan.getId(), order);
        } else {
            priority = readablePriority(draft.id());
            if (priority.getWorkplanId() != plan.getId()) {
                throw new NotAllowedException(PRIORITY_NOT_FOUND);
            }
            requireUnchanged(PRIORITY, draft.version(), priority.getVersion(), priority.getChangedBy(),
                    priority.getChangedAt());
        }
        Rag before = draft.id() == null ? null : priority.getRag();
        priority.describe(draft.title().trim(), trimToNull(draft.whyItMatters()), draft.leadOrganisationId(),
                draft.leadPersonId(), draft.startsOn(), draft.endsOn(), draft.tags());
        priority.rate(draft.rag(), trimToNull(draft.ragReason()));
        priority.changed(me.personId(), clock.instant());
        Priority changed = priority;
        priority = saved(PRIORITY, () -> priorities.saveAndFlush(changed));
        if (before != draft.rag()) {
            recordUpdate(priority, me, draft.id() == null ? "Priority added to the plan." : "Status changed from "
                    + before.describe() + " to " + draft.rag().describe() + reasonSuffix(draft.ragReason()));
        }
        return priority.getId();
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
        Priority priority = readablePriority(priorityId);
        requireMayUpdate(currentUser.require(), plans.findById(priority.getWorkplanId()).orElseThrow(), priority);
        requireUnchanged(PRIORITY, version, priority.getVersion(), priority.getChangedBy(), priority.getChangedAt());
        rate(priorityId, rag, reason, update);
    }

    /**
     * The same as {@link #rate(long, int, Rag, String, String)} for the monthly highlight report's update task,
     * whose form is not a copy of the priority: the engine lets each update task be completed once, and the update
     * is recorded on top of whatever the priority says now.
     */
    public void rate(long priorityId, Rag rag, String reason, String update) {
        AccessProfile me = currentUser.require();
        Priority priority = readablePriority(priorityId);
        Workplan plan = plans.findById(priority.getWorkplanId()).orElseThrow();
        requireMayUpdate(me, plan, priority);
        List<FieldError> errors = new ArrayList<>();
        if (rag == null) {
            errors.add(new FieldError("rag", "Status", "Choose a status."));
        }
        requireReason(rag, reason, errors);
        text(update, "update", "Update", PriorityUpdate.TEXT_LENGTH, false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Rag before = priority.getRag();
        priority.rate(rag, trimToNull(reason));
        priority.changed(me.personId(), clock.instant());
        saved(PRIORITY, () -> priorities.saveAndFlush(priority));
        String words = update == null || update.isBlank()
                ? "Status " + (before == rag ? "confirmed as " : "changed to ") + rag.describe() + reasonSuffix(reason)
                : update.trim();
        recordUpdate(priority, me, words);
    }

    /** A dated update on a priority, keeping its status. */
    public void addUpdate(long priorityId, String text) {
        AccessProfile me = currentUser.require();
        Priority priority = readablePriority(priorityId);
        Workplan plan = plans.findById(priority.getWorkplanId()).orElseThrow();
        requireMayUpdate(me, plan, priority);
        List<FieldError> errors = new ArrayList<>();
        text(text, "update", "Update", PriorityUpdate.TEXT_LENGTH, true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        recordUpdate(priority, me, text.trim());
    }

    // ---- Actions ------------------------------------------------------------------------------------------------

    /**
     * Adds or changes an action. The INT lead may change anything; the action's owner may change its status and
     * percent complete.
     *
     * @return the action's id
     * @throws InvalidInputException with a reason per field to put right
     * @throws NotAllowedException   when the caller may not add or change it (or change that part of it)
     * @throws StaleRecordException  when the action has been saved since {@code draft.version()} was read; nothing
     *                               is saved
     */
    public long saveAction(ActionDraft draft) {
        AccessProfile me = currentUser.require();
        Priority priority = readablePriority(draft.priorityId());
        Workplan plan = plans.findById(priority.getWorkplanId()).orElseThrow();
        boolean lead = me.leads(plan.getTeamId());
        PlanAction action;
        if (draft.id() == null) {
            if (!lead) {
                throw new NotAllowedException("Only the INT's leads can add actions.");
            }
            action = new PlanAction(priority.getId(),
                    actions.findByPriorityIdOrderBySortOrderAscIdAsc(priority.getId()).size() + 1);
        } else {
            action = actions.findById(draft.id()).filter(a -> a.getPriorityId() == priority.getId())
                    .orElseThrow(() -> new NotAllowedException("That action does not exist."));
            boolean owner = Objects.equals(action.getOwnerPersonId(), me.personId());
            if (!lead && !owner) {
                throw new NotAllowedException("Only the action's owner or the INT's leads can change it.");
            }
            // before comparing with what the owner may not change: a stale screen differs from it too
            requireUnchanged(ACTION, draft.version(), action.getVersion(), action.getChangedBy(),
                    action.getChangedAt());
            if (!lead && (!Objects.equals(action.getTitle(), draft.title())
                    || !Objects.equals(action.getOwnerPersonId(), draft.ownerId())
                    || !Objects.equals(action.getDueOn(), draft.dueOn()) || action.isMilestone() != draft.milestone())) {
                throw new NotAllowedException("As its owner you can change the action's status and progress; "
                        + "ask the INT lead to change what it is, who owns it or when it is due.");
            }
        }
        List<FieldError> errors = new ArrayList<>();
        text(draft.title(), "title", "Action", PlanAction.TITLE_LENGTH, true, errors);
        if (draft.status() == null) {
            errors.add(new FieldError("status", "Status", "Choose a status."));
        }
        if (draft.percentComplete() < 0 || draft.percentComplete() > 100) {
            errors.add(new FieldError("percentComplete", "% complete", "Must be between 0 and 100."));
        }
        if (draft.ownerId() != null && teamPeopleIds(plan.getTeamId()).stream().noneMatch(draft.ownerId()::equals)) {
            errors.add(new FieldError("ownerId", "Owner", "Choose someone in the team."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        action.describe(draft.title().trim(), draft.ownerId(), draft.dueOn(), draft.milestone());
        action.progress(draft.status(), draft.percentComplete());
        action.changed(me.personId(), clock.instant());
        PlanAction changed = action;
        return saved(ACTION, () -> actions.saveAndFlush(changed)).getId();
    }

    /** Every action of a plan, priority by priority. */
    @Transactional(readOnly = true)
    public List<ActionRow> actions(long planId) {
        Workplan plan = readablePlan(planId);
        List<Long> ids = priorities.findByWorkplanIdOrderBySortOrderAscIdAsc(plan.getId()).stream()
                .map(Priority::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<PlanAction> all = actions.findByPriorityIdInOrderByPriorityIdAscSortOrderAscIdAsc(ids);
        Map<Long, String> names = namesOf(all.stream().map(PlanAction::getOwnerPersonId));
        return all.stream().map(a -> actionRow(a, names)).toList();
    }

    /** Every update of a plan, oldest first: the history its RAG-over-time chart is drawn from. */
    @Transactional(readOnly = true)
    public List<UpdateRow> updates(long planId) {
        Workplan plan = readablePlan(planId);
        List<Long> ids = priorities.findByWorkplanIdOrderBySortOrderAscIdAsc(plan.getId()).stream()
                .map(Priority::getId).toList();
        return ids.isEmpty() ? List.of()
                : updates.findByPriorityIdInOrderByWrittenAtAscIdAsc(ids).stream().map(WorkplanService::updateRow).toList();
    }

    // ---- Risks and issues ---------------------------------------------------------------------------------------

    /**
     * Adds or changes a risk or issue; the INT lead or the priority's lead.
     *
     * @return the risk's id
     * @throws InvalidInputException with a reason per field to put right
     * @throws NotAllowedException   when the caller neither leads the priority nor the INT
     * @throws StaleRecordException  when the risk has been saved since {@code draft.version()} was read; nothing is
     *                               saved
     */
    public long saveRisk(RiskDraft draft) {
        AccessProfile me = currentUser.require();
        Priority priority = readablePriority(draft.priorityId());
        Workplan plan = plans.findById(priority.getWorkplanId()).orElseThrow();
        requireMayUpdate(me, plan, priority);
        Risk risk = draft.id() == null ? new Risk(priority.getId())
                : risks.findById(draft.id()).filter(r -> r.getPriorityId() == priority.getId())
                .orElseThrow(() -> new NotAllowedException("That risk does not exist."));
        if (draft.id() != null) {
            requireUnchanged(RISK, draft.version(), risk.getVersion(), risk.getChangedBy(), risk.getChangedAt());
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.kind() == null) {
            errors.add(new FieldError("kind", "Risk or issue", "Choose risk or issue."));
        }
        text(draft.description(), "description", "Description", Risk.TEXT_LENGTH, true, errors);
        text(draft.mitigation(), "mitigation", "Mitigation", Risk.TEXT_LENGTH, false, errors);
        if (draft.likelihood() < 1 || draft.likelihood() > 5) {
            errors.add(new FieldError("likelihood", "Likelihood", "Must be from 1 (rare) to 5 (almost certain)."));
        }
        if (draft.impact() < 1 || draft.impact() > 5) {
            errors.add(new FieldError("impact", "Impact", "Must be from 1 (negligible) to 5 (severe)."));
        }
        if (draft.ownerId() != null && teamPeopleIds(plan.getTeamId()).stream().noneMatch(draft.ownerId()::equals)) {
            errors.add(new FieldError("ownerId", "Owner", "Choose someone in the team."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        risk.describe(draft.kind(), draft.description().trim(), draft.likelihood(), draft.impact(), draft.ownerId(),
                trimToNull(draft.mitigation()), draft.open());
        risk.changed(me.personId(), clock.instant());
        return saved(RISK, () -> risks.saveAndFlush(risk)).getId();
    }

    // ---- Baselines ----------------------------------------------------------------------------------------------

    /** Snapshots every priority and action of the plan, e.g. as agreed at a board meeting; the INT lead only. */
    public BaselineSummary takeBaseline(long planId, String name) {
        AccessProfile me = currentUser.require();
        Workplan plan = readablePlan(planId);
        requireLead(plan.getTeamId());
        List<FieldError> errors = new ArrayList<>();
        text(name, "name", "Name", Baseline.NAME_LENGTH, true, errors);
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
        readablePlan(planId);
        return baselines.findByWorkplanIdOrderByTakenAtDesc(planId).stream().map(this::baselineSummary).toList();
    }

    /** What the plan looked like when the baseline was taken. */
    @Transactional(readOnly = true)
    public List<BaselineItem> baseline(long baselineId) {
        Baseline baseline = baselines.findById(baselineId)
                .orElseThrow(() -> new NotAllowedException("That baseline does not exist."));
        readablePlan(baseline.getWorkplanId());
        return baselineEntries.findByBaselineId(baselineId).stream()
                .map(e -> new BaselineItem(BaselineEntry.ACTION.equals(e.getKind()), e.getItemId(), e.getTitle(),
                        e.getStartsOn(), e.getEndsOn(), e.getRag() == null ? null : Rag.valueOf(e.getRag()),
                        e.getStatus() == null ? null : ActionStatus.valueOf(e.getStatus())))
                .toList();
    }

    // ---- Backlog ------------------------------------------------------------------------------------------------

    /**
     * Adds an item to a team's backlog on behalf of a process, optionally linked to a priority of the team (a
     * priority of another team is not linked). Safe to run twice for the same source: the second call returns the
     * first item.
     *
     * @return the backlog item, with the priority it is linked to if any
     * @throws NotAllowedException unless the process engine or one of the team's leads is the caller
     */
    public BacklogEntry addToBacklog(long teamId, String title, String detail, String sourceKind, long sourceId,
                                     Long priorityId) {
        policy.requireMayAddToBacklog(teamId);
        BacklogItem item = backlog.findBySourceKindAndSourceId(sourceKind, sourceId)
                .orElseGet(() -> backlog.save(new BacklogItem(teamId, title, detail, sourceKind, sourceId,
                        clock.instant())));
        if (priorityId != null && isPriorityOfTeam(priorityId, teamId)) {
            item.linkTo(priorityId);
        }
        return entry(item);
    }

    /**
     * The priorities of a team's plans, for linking records to.
     *
     * @throws NotAllowedException unless the caller works in the team (a lead or a member organisation's
     *         representative)
     */
    @Transactional(readOnly = true)
    public List<PriorityRow> prioritiesOfTeam(long teamId) {
        policy.requireWorksIn(teamId);
        List<PriorityRow> rows = new ArrayList<>();
        plans.findByTeamIdInOrderByPlanYearDesc(List.of(teamId))
                .forEach(plan -> rows.addAll(rows(plan, priorities.findByWorkplanIdOrderBySortOrderAscIdAsc(plan.getId()))));
        return rows;
    }

    /**
     * The plans of a year that the caller may read, by team name: every team's for the process engine (the monthly
     * highlight report's schedule), the teams in view for a person.
     *
     * @throws NotAllowedException when nobody is signed in and the engine is not the caller
     */
    @Transactional(readOnly = true)
    public List<PlanSummary> plansOfYear(int year) {
        boolean engine = policy.isEngine();
        AccessProfile me = engine ? null : policy.me();
        List<Workplan> found = plans.findByPlanYear(year).stream()
                .filter(p -> engine || policy.mayRead(me, p.getTeamId())).toList();
        Map<Long, String> teamNames = teamNames(found.stream().map(Workplan::getTeamId).collect(Collectors.toSet()));
        return found.stream().map(p -> summary(p, teamNames.get(p.getTeamId())))
                .sorted(Comparator.comparing(PlanSummary::teamName)).toList();
    }

    /**
     * A plan's priorities, as its grid lists them, for starting a highlight report: by the process engine (the
     * monthly schedule) or by someone who may read the plan.
     *
     * @throws NotAllowedException "does not exist, or no access" when the caller may not read the plan
     */
    @Transactional(readOnly = true)
    public List<PriorityRow> planPriorities(long planId) {
        Workplan plan = plans.findById(planId).orElseThrow(() -> new NotAllowedException(PLAN_NOT_FOUND));
        policy.requireRead(plan.getTeamId());
        return rows(plan, priorities.findByWorkplanIdOrderBySortOrderAscIdAsc(planId));
    }

    private boolean isPriorityOfTeam(long priorityId, long teamId) {
        return priorities.findById(priorityId).flatMap(p -> plans.findById(p.getWorkplanId()))
                .map(plan -> plan.getTeamId() == teamId).orElse(false);
    }

    /**
     * A team's backlog, newest first.
     *
     * @throws NotAllowedException unless the caller may read the team's plans
     */
    @Transactional(readOnly = true)
    public List<BacklogEntry> backlog(long teamId) {
        if (!policy.mayRead(policy.me(), teamId)) {
            throw new NotAllowedException("You can only see the work plan of your own teams.");
        }
        return backlog.findByTeamIdOrderByCreatedAtDesc(teamId).stream().map(WorkplanService::entry).toList();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private Workplan readablePlan(long planId) {
        AccessProfile me = currentUser.require();
        Workplan plan = plans.findById(planId).orElseThrow(() -> new NotAllowedException(PLAN_NOT_FOUND));
        if (!policy.mayRead(me, plan.getTeamId())) {
            throw new NotAllowedException(PLAN_NOT_FOUND);
        }
        return plan;
    }

    private Priority readablePriority(long priorityId) {
        Priority priority = priorities.findById(priorityId)
                .orElseThrow(() -> new NotAllowedException(PRIORITY_NOT_FOUND));
        try {
            readablePlan(priority.getWorkplanId());
        } catch (NotAllowedException e) {
            throw new NotAllowedException(PRIORITY_NOT_FOUND);
        }
        return priority;
    }

    private void requireLead(long teamId) {
        policy.requireLead(teamId);
    }

    /** Refuses a save from a screen that read an older version of the record; says who saved the newer one. */
    private void requireUnchanged(String record, Integer readVersion, int currentVersion, Long changedBy,
                                  Instant changedAt) {
        if (readVersion == null || readVersion != currentVersion) {
            StaleRecordException.check(record, readVersion, currentVersion,
                    changedBy == null ? null : directory.personName(changedBy), changedAt);
        }
    }

    /**
     * Writes now rather than at commit, so that a save racing another one for the same version (both read it, both
     * passed {@link #requireUnchanged}) is refused here in words, not as a database error after the method returned.
     */
    private static <T> T saved(String record, Supplier<T> save) {
        try {
            return save.get();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(record, null, null);
        }
    }

    private boolean mayUpdate(AccessProfile me, Workplan plan, Priority priority) {
        return policy.mayUpdate(me, plan.getTeamId(), priority.getLeadPersonId());
    }

    private void requireMayUpdate(AccessProfile me, Workplan plan, Priority priority) {
        if (!mayUpdate(me, plan, priority)) {
            throw new NotAllowedException("Only the priority's lead or the INT's leads can update it.");
        }
    }

    private void validate(Workplan plan, PriorityDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        text(draft.title(), "title", "Title", Priority.TITLE_LENGTH, true, errors);
        text(draft.whyItMatters(), "whyItMatters", "Why it matters", Priority.WHY_LENGTH, false, errors);
        text(draft.ragReason(), "ragReason", "Reason for the status", Priority.RAG_REASON_LENGTH, false, errors);
        if (draft.startsOn() == null) {
            errors.add(new FieldError("startsOn", "Starts", "Enter a start date."));
        }
        if (draft.endsOn() == null) {
            errors.add(new FieldError("endsOn", "Ends", "Enter an end date."));
        }
        if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            errors.add(new FieldError("endsOn", "Ends", "Must be on or after the start date."));
        }
        if (draft.rag() == null) {
            errors.add(new FieldError("rag", "Status", "Choose a status."));
        }
        requireReason(draft.rag(), draft.ragReason(), errors);
        if (draft.leadOrganisationId() != null
                && !directory.isMemberOrganisation(plan.getTeamId(), draft.leadOrganisationId())) {
            errors.add(new FieldError("leadOrganisationId", "Lead organisation",
                    "Choose one of the team's member organisations."));
        }
        if (draft.leadPersonId() != null
                && teamPeopleIds(plan.getTeamId()).stream().noneMatch(draft.leadPersonId()::equals)) {
            errors.add(new FieldError("leadPersonId", "Lead person", "Choose someone in the team."));
        }
        Set<Long> allowedTags = tagGroupsOfTeam(plan.getTeamId()).stream().flatMap(g -> g.items().stream())
                .map(TagOption::id).collect(Collectors.toSet());
        if (draft.tags() != null && !allowedTags.containsAll(draft.tags())) {
            errors.add(new FieldError("tags", "Tags", "Choose tags from the lists offered."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void requireReason(Rag rag, String reason, List<FieldError> errors) {
        if ((rag == Rag.AMBER || rag == Rag.RED) && (reason == null || reason.isBlank())) {
            errors.add(new FieldError("ragReason", "Reason for the status",
                    "Say why it is " + rag.name().toLowerCase() + ", so the board knows what help is needed."));
        }
    }

    static void text(String value, String key, String label, int max, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(key, label, "Please fill this in."));
            }
        } else if (value.trim().length() > max) {
            errors.add(new FieldError(key, label, "Must be " + max + " characters or fewer."));
        }
    }

    private List<Long> teamPeopleIds(long teamId) {
        return directory.teamPeople(teamId).stream().map(PersonOption::id).toList();
    }

    private void recordUpdate(Priority priority, AccessProfile me, String text) {
        updates.save(new PriorityUpdate(priority.getId(), me.personId(), me.displayName(), LocalDate.now(clock),
                clock.instant(), priority.getRag(), text));
    }

    private List<TagGroup> tagGroupsOfTeam(long teamId) {
        List<Framework> found = frameworks.findByTeamIdIsNullOrTeamIdOrderBySortOrder(teamId);
        Map<Long, List<FrameworkItem>> items = frameworkItems.findByFrameworkIdInOrderBySortOrder(
                found.stream().map(Framework::getId).toList()).stream()
                .collect(Collectors.groupingBy(FrameworkItem::getFrameworkId));
        return found.stream()
                .sorted(Comparator.comparing((Framework f) -> f.getTeamId() != null).thenComparing(Framework::getSortOrder))
                .map(f -> new TagGroup(f.getCode(), f.getName(), f.getVersion(), f.getSource(), f.getTeamId() != null,
                        items.getOrDefault(f.getId(), List.of()).stream()
                                .map(i -> new TagOption(i.getId(), f.getCode(), f.getName(), i.getCode(), i.getTitle(),
                                        i.isToVerify()))
                                .toList()))
                .toList();
    }

    private List<PriorityRow> rows(Workplan plan, List<Priority> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, TagOption> tags = tagGroupsOfTeam(plan.getTeamId()).stream().flatMap(g -> g.items().stream())
                .collect(Collectors.toMap(TagOption::id, Function.identity()));
        Map<Long, List<PlanAction>> byPriority = actions.findByPriorityIdInOrderByPriorityIdAscSortOrderAscIdAsc(
                list.stream().map(Priority::getId).toList()).stream()
                .collect(Collectors.groupingBy(PlanAction::getPriorityId));
        Map<Long, String> organisations = directory.memberOrganisations(plan.getTeamId()).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        Map<Long, String> people = namesOf(list.stream().map(Priority::getLeadPersonId));
        LocalDate today = LocalDate.now(clock);
        List<PriorityRow> rows = new ArrayList<>();
        for (Priority p : list) {
            List<PlanAction> own = byPriority.getOrDefault(p.getId(), List.of());
            int overdue = (int) own.stream().filter(a -> a.getDueOn() != null && a.getDueOn().isBefore(today)
                    && !a.getStatus().isFinished()).count();
            int percent = own.isEmpty() ? 0
                    : (int) Math.round(own.stream().mapToInt(PlanAction::getPercentComplete).average().orElse(0));
            rows.add(new PriorityRow(p.getId(), plan.getId(), p.getTitle(), p.getWhyItMatters(),
                    p.getLeadOrganisationId(), organisations.get(p.getLeadOrganisationId()), p.getLeadPersonId(),
                    name(p.getLeadPersonId(), people), p.getStartsOn(), p.getEndsOn(), p.getRag(), p.getRagReason(),
                    p.getTags().stream().map(tags::get).filter(Objects::nonNull)
                            .sorted(Comparator.comparing(TagOption::frameworkCode).thenComparing(TagOption::title))
                            .toList(),
                    own.size(), overdue, percent, p.getVersion()));
        }
        return rows;
    }

    private ActionRow actionRow(PlanAction a, Map<Long, String> names) {
        return new ActionRow(a.getId(), a.getPriorityId(), a.getTitle(), a.getOwnerPersonId(),
                name(a.getOwnerPersonId(), names), a.getDueOn(), a.getStatus(), a.getPercentComplete(),
                a.isMilestone(), a.getVersion());
    }

    private RiskRow riskRow(Risk r, Map<Long, String> names) {
        return new RiskRow(r.getId(), r.getPriorityId(), r.getKind(), r.getDescription(), r.getLikelihood(),
                r.getImpact(), r.getOwnerPersonId(), name(r.getOwnerPersonId(), names), r.getMitigation(), r.isOpen(),
                r.getVersion());
    }

    private static UpdateRow updateRow(PriorityUpdate u) {
        return new UpdateRow(u.getId(), u.getPriorityId(), u.getWrittenOn(), u.getWrittenAt(), u.getAuthorName(),
                u.getRag(), u.getText());
    }

    /**
     * A record routed into the priority, with where its process is now ("live processes linked to it"). The feedback
     * feature says where its items are and what they wait on; the work plan knows neither its process nor its pages.
     */
    private static LinkedRecord linked(BacklogItem item, Map<Long, FeedbackProgress> feedbackProgress) {
        FeedbackProgress progress = item.getSourceId() == null || !FEEDBACK_SOURCE.equals(item.getSourceKind())
                ? null : feedbackProgress.get(item.getSourceId());
        if (progress == null) {
            return new LinkedRecord(item.getSourceKind(), item.getTitle(), null, "In the backlog");
        }
        return new LinkedRecord("PPG feedback", item.getTitle(), progress.route(), progress.waitingOn().isEmpty()
                ? "Closed" : "Waiting for: " + String.join("; ", progress.waitingOn()));
    }

    /** The names of these people (nulls skipped) in one query. */
    private Map<Long, String> namesOf(java.util.stream.Stream<Long> personIds) {
        Set<Long> ids = personIds.filter(Objects::nonNull).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : directory.personNames(ids);
    }

    private static String name(Long personId, Map<Long, String> names) {
        return personId == null ? null : names.getOrDefault(personId, "Someone no longer in the directory");
    }

    private BaselineSummary baselineSummary(Baseline b) {
        return new BaselineSummary(b.getId(), b.getWorkplanId(), b.getName(), b.getTakenAt(),
                directory.personName(b.getTakenBy()));
    }

    private PlanSummary summary(Workplan plan) {
        return summary(plan, directory.team(plan.getTeamId()).name());
    }

    private static PlanSummary summary(Workplan plan, String teamName) {
        return new PlanSummary(plan.getId(), plan.getTeamId(), teamName, plan.getPlanYear(), plan.getTitle());
    }

    private Map<Long, String> teamNames(Collection<Long> ids) {
        return directory.teams(ids).stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
    }

    private static BacklogEntry entry(BacklogItem item) {
        return new BacklogEntry(item.getId(), item.getTeamId(), item.getTitle(), item.getDetail(),
                item.getSourceKind(), item.getSourceId(), item.getCreatedAt(), item.getPriorityId());
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String reasonSuffix(String reason) {
        return reason == null || reason.isBlank() ? "." : ": " + reason.trim();
    }

}
