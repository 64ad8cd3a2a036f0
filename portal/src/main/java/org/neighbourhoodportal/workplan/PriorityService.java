package org.neighbourhoodportal.workplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.records.StaleRecordException;
import org.neighbourhoodportal.feedback.FeedbackProgress;
import org.neighbourhoodportal.feedback.FeedbackService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.workplan.domain.BacklogItem;
import org.neighbourhoodportal.workplan.domain.BacklogItemRepository;
import org.neighbourhoodportal.workplan.domain.PlanAction;
import org.neighbourhoodportal.workplan.domain.PlanActionRepository;
import org.neighbourhoodportal.workplan.domain.Priority;
import org.neighbourhoodportal.workplan.domain.PriorityRepository;
import org.neighbourhoodportal.workplan.domain.PriorityUpdateRepository;
import org.neighbourhoodportal.workplan.domain.Risk;
import org.neighbourhoodportal.workplan.domain.RiskRepository;
import org.neighbourhoodportal.workplan.domain.Workplan;
import org.neighbourhoodportal.workplan.domain.WorkplanRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The priorities of an INT's work plan: listing them (with the plan's filters), one priority with everything on its
 * page, and adding or changing one (the INT lead only). Access as in {@link WorkplanPolicy}; refusals are
 * {@link NotAllowedException}, and a priority the caller may not read is refused as one that does not exist.
 */
@Service
@Transactional
public class PriorityService {

    private static final String PRIORITY = "priority";

    private final WorkplanRepository plans;
    private final PriorityRepository priorities;
    private final PlanActionRepository actions;
    private final PriorityUpdateRepository updates;
    private final RiskRepository risks;
    private final BacklogItemRepository backlog;
    private final DirectoryService directory;
    private final CurrentUser currentUser;
    private final WorkplanPolicy policy;
    private final FeedbackService feedback;
    private final PlanRecords records;
    private final Clock clock;
    private final List<PriorityLinkSource> linkSources;

    PriorityService(WorkplanRepository plans, PriorityRepository priorities, PlanActionRepository actions,
                    PriorityUpdateRepository updates, RiskRepository risks, BacklogItemRepository backlog,
                    DirectoryService directory, CurrentUser currentUser, WorkplanPolicy policy,
                    FeedbackService feedback, PlanRecords records, Clock clock,
                    List<PriorityLinkSource> linkSources) {
        this.linkSources = List.copyOf(linkSources);
        this.plans = plans;
        this.priorities = priorities;
        this.actions = actions;
        this.updates = updates;
        this.risks = risks;
        this.backlog = backlog;
        this.directory = directory;
        this.currentUser = currentUser;
        this.policy = policy;
        this.feedback = feedback;
        this.records = records;
        this.clock = clock;
    }

    /**
     * A plan's priorities in the plan's order, with their lead, tags and progress of their actions, narrowed by the
     * filter (status, lead person, tag, overdue actions only). A fixed number of statements however many priorities.
     * For anyone who may read the plan.
     *
     * @throws NotAllowedException "does not exist, or no access" unless the caller may read the plan
     */
    @Transactional(readOnly = true)
    public List<PriorityRow> priorities(long planId, PriorityFilter filter) {
        Workplan plan = records.readablePlan(planId);
        LocalDate today = LocalDate.now(clock);
        return records.rows(plan, priorities.findByWorkplanIdOrderBySortOrderAscIdAsc(planId)).stream()
                .filter(r -> filter.rag() == null || r.rag() == filter.rag())
                .filter(r -> filter.leadPersonId() == null || filter.leadPersonId().equals(r.leadPersonId()))
                .filter(r -> filter.tagId() == null || r.tags().stream().anyMatch(t -> t.id() == filter.tagId()))
                .filter(r -> !filter.overdueOnly() || r.isOverdue(today))
                .toList();
    }

    /**
     * One priority with everything its page shows: its row, its plan, actions, updates (newest first), risks and the
     * records routed into it with where their work stands, and whether the caller may change or update it. For anyone
     * who may read the plan.
     *
     * @throws NotAllowedException "does not exist, or no access" when the priority does not exist or the caller may
     *                             not read its plan
     */
    @Transactional(readOnly = true)
    public PriorityDetails priority(long priorityId) {
        AccessProfile me = currentUser.require();
        Priority priority = records.readablePriority(priorityId);
        Workplan plan = plans.findById(priority.getWorkplanId()).orElseThrow();
        PriorityRow row = records.rows(plan, List.of(priority)).get(0);
        List<PlanAction> actionList = actions.findByPriorityIdOrderBySortOrderAscIdAsc(priorityId);
        List<Risk> riskList = risks.findByPriorityIdOrderByIdAsc(priorityId);
        // every owner's name in one query, however many actions and risks
        Map<Long, String> names = records.namesOf(java.util.stream.Stream.concat(
                actionList.stream().map(PlanAction::getOwnerPersonId), riskList.stream().map(Risk::getOwnerPersonId)));
        List<ActionRow> actionRows = actionList.stream().map(a -> records.actionRow(a, names)).toList();
        List<UpdateRow> updateRows = updates.findByPriorityIdOrderByWrittenAtDescIdDesc(priorityId).stream()
                .map(PlanRecords::updateRow).toList();
        List<RiskRow> riskRows = riskList.stream().map(r -> records.riskRow(r, names)).toList();
        List<BacklogItem> routedHere = backlog.findByPriorityIdOrderByCreatedAtDesc(priorityId);
        Map<Long, FeedbackProgress> progress = feedback.progress(routedHere.stream()
                .filter(i -> BacklogService.FEEDBACK_SOURCE.equals(i.getSourceKind()) && i.getSourceId() != null)
                .map(BacklogItem::getSourceId).toList());
        List<LinkedRecord> linked = new java.util.ArrayList<>(routedHere.stream().map(i -> linked(i, progress))
                .toList());
        linkSources.forEach(source -> linked.addAll(source.linkedTo(priorityId)));
        return new PriorityDetails(row, records.summary(plan), actionRows, updateRows, riskRows, linked,
                me.leads(plan.getTeamId()), records.mayUpdate(me, plan, priority), records.timeline(priorityId));
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
        Workplan plan = records.readablePlan(draft.planId());
        policy.requireLead(plan.getTeamId());
        validate(plan, draft);
        Priority priority;
        if (draft.id() == null) {
            int order = priorities.findByWorkplanIdOrderBySortOrderAscIdAsc(plan.getId()).size() + 1;
            priority = new Priority(plan.getId(), order);
        } else {
            priority = records.readablePriority(draft.id());
            if (priority.getWorkplanId() != plan.getId()) {
                throw new NotAllowedException(PlanRecords.PRIORITY_NOT_FOUND);
            }
            records.requireUnchanged(PRIORITY, draft.version(), priority.getVersion(), priority.getChangedBy(),
                    priority.getChangedAt());
        }
        Rag before = draft.id() == null ? null : priority.getRag();
        priority.describe(draft.title().trim(), PlanRecords.trimToNull(draft.whyItMatters()),
                draft.leadOrganisationId(), draft.leadPersonId(), draft.startsOn(), draft.endsOn(), draft.tags());
        priority.rate(draft.rag(), PlanRecords.trimToNull(draft.ragReason()));
        priority.changed(me.personId(), clock.instant());
        Priority changed = priority;
        priority = PlanRecords.saved(PRIORITY, () -> priorities.saveAndFlush(changed));
        if (before != draft.rag()) {
            records.recordUpdate(priority, me, draft.id() == null ? "Priority added to the plan."
                    : "Status changed from " + before.describe() + " to " + draft.rag().describe()
                    + PlanRecords.reasonSuffix(draft.ragReason()));
        } else {
            records.recordChange(priority, me);
        }
        return priority.getId();
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
                .forEach(plan -> rows.addAll(records.rows(plan,
                        priorities.findByWorkplanIdOrderBySortOrderAscIdAsc(plan.getId()))));
        return rows;
    }

    /**
     * A plan's priorities, as its grid lists them, for starting a highlight report: by the process engine (the
     * monthly schedule) or by someone who may read the plan.
     *
     * @throws NotAllowedException "does not exist, or no access" when the caller may not read the plan
     */
    @Transactional(readOnly = true)
    public List<PriorityRow> planPriorities(long planId) {
        Workplan plan = plans.findById(planId)
                .orElseThrow(() -> new NotAllowedException(WorkplanPolicy.PLAN_NOT_FOUND));
        policy.requireRead(plan.getTeamId());
        return records.rows(plan, priorities.findByWorkplanIdOrderBySortOrderAscIdAsc(planId));
    }

    private void validate(Workplan plan, PriorityDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        PlanRecords.text(draft.title(), "title", "Title", Priority.TITLE_LENGTH, true, errors);
        PlanRecords.text(draft.whyItMatters(), "whyItMatters", "Why it matters", Priority.WHY_LENGTH, false, errors);
        PlanRecords.text(draft.ragReason(), "ragReason", "Reason for the status", Priority.RAG_REASON_LENGTH, false,
                errors);
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
        PlanRecords.requireReason(draft.rag(), draft.ragReason(), errors);
        if (draft.leadOrganisationId() != null
                && !directory.isMemberOrganisation(plan.getTeamId(), draft.leadOrganisationId())) {
            errors.add(new FieldError("leadOrganisationId", "Lead organisation",
                    "Choose one of the team's member organisations."));
        }
        if (draft.leadPersonId() != null
                && records.teamPeopleIds(plan.getTeamId()).stream().noneMatch(draft.leadPersonId()::equals)) {
            errors.add(new FieldError("leadPersonId", "Lead person", "Choose someone in the team."));
        }
        Set<Long> allowedTags = records.tagGroupsOfTeam(plan.getTeamId()).stream().flatMap(g -> g.items().stream())
                .map(TagOption::id).collect(Collectors.toSet());
        if (draft.tags() != null && !allowedTags.containsAll(draft.tags())) {
            errors.add(new FieldError("tags", "Tags", "Choose tags from the lists offered."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * A record routed into the priority, with where its process is now ("live processes linked to it"). The feedback
     * feature says where its items are and what they wait on; the work plan knows neither its process nor its pages.
     */
    private static LinkedRecord linked(BacklogItem item, Map<Long, FeedbackProgress> feedbackProgress) {
        FeedbackProgress progress = item.getSourceId() == null
                || !BacklogService.FEEDBACK_SOURCE.equals(item.getSourceKind())
                ? null : feedbackProgress.get(item.getSourceId());
        if (progress == null) {
            return new LinkedRecord(item.getSourceKind(), item.getTitle(), null, "In the backlog");
        }
        return new LinkedRecord("PPG feedback", item.getTitle(), progress.route(), progress.waitingOn().isEmpty()
                ? "Closed" : "Waiting for: " + String.join("; ", progress.waitingOn()));
    }
}
