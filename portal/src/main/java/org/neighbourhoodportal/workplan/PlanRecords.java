package org.neighbourhoodportal.workplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.records.StaleRecordException;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
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
import org.neighbourhoodportal.workplan.domain.Workplan;
import org.neighbourhoodportal.workplan.domain.WorkplanRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.TimelineEntry;
import org.neighbourhoodportal.timeline.Visibility;
import org.springframework.stereotype.Component;

/**
 * What the work plan's services share: loading a plan or priority the caller may read (refused as "does not exist,
 * or no access"), the optimistic-lock checks, the rows the pages show (with names and tags read once per list), and
 * the field checks. Package-private: other features call the services, not this. It runs in the calling service's
 * transaction.
 */
@Component
class PlanRecords {

    static final String PRIORITY_NOT_FOUND = "That priority does not exist, or you do not have access to it.";

    private final WorkplanRepository plans;
    private final PriorityRepository priorities;
    private final PlanActionRepository actions;
    private final PriorityUpdateRepository updates;
    private final FrameworkRepository frameworks;
    private final FrameworkItemRepository frameworkItems;
    private final DirectoryService directory;
    private final CurrentUser currentUser;
    private final WorkplanPolicy policy;
    private final org.neighbourhoodportal.timeline.Timeline timeline;
    private final Clock clock;

    PlanRecords(WorkplanRepository plans, PriorityRepository priorities, PlanActionRepository actions,
                PriorityUpdateRepository updates, FrameworkRepository frameworks,
                FrameworkItemRepository frameworkItems, DirectoryService directory, CurrentUser currentUser,
                WorkplanPolicy policy, org.neighbourhoodportal.timeline.Timeline timeline, Clock clock) {
        this.timeline = timeline;
        this.plans = plans;
        this.priorities = priorities;
        this.actions = actions;
        this.updates = updates;
        this.frameworks = frameworks;
        this.frameworkItems = frameworkItems;
        this.directory = directory;
        this.currentUser = currentUser;
        this.policy = policy;
        this.clock = clock;
    }

    Workplan readablePlan(long planId) {
        AccessProfile me = currentUser.require();
        Workplan plan = plans.findById(planId)
                .orElseThrow(() -> new NotAllowedException(WorkplanPolicy.PLAN_NOT_FOUND));
        if (!policy.mayRead(me, plan.getTeamId())) {
            throw new NotAllowedException(WorkplanPolicy.PLAN_NOT_FOUND);
        }
        return plan;
    }

    Priority readablePriority(long priorityId) {
        Priority priority = priorities.findById(priorityId)
                .orElseThrow(() -> new NotAllowedException(PRIORITY_NOT_FOUND));
        try {
            readablePlan(priority.getWorkplanId());
        } catch (NotAllowedException e) {
            throw new NotAllowedException(PRIORITY_NOT_FOUND);
        }
        return priority;
    }

    /** Refuses a save from a screen that read an older version of the record; says who saved the newer one. */
    void requireUnchanged(String record, Integer readVersion, int currentVersion, Long changedBy,
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
    static <T> T saved(String record, Supplier<T> save) {
        try {
            return save.get();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(record, null, null);
        }
    }

    boolean mayUpdate(AccessProfile me, Workplan plan, Priority priority) {
        return policy.mayUpdate(me, plan.getTeamId(), priority.getLeadPersonId());
    }

    void requireMayUpdate(AccessProfile me, Workplan plan, Priority priority) {
        if (!mayUpdate(me, plan, priority)) {
            throw new NotAllowedException("Only the priority's lead or the INT's leads can update it.");
        }
    }

    static void requireReason(Rag rag, String reason, List<FieldError> errors) {
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

    List<Long> teamPeopleIds(long teamId) {
        return directory.teamPeople(teamId).stream().map(PersonOption::id).toList();
    }

    /** The RAG history keeps the update (charts, Excel); the priority's timeline says who gave it. */
    void recordUpdate(Priority priority, AccessProfile me, String text) {
        updates.save(new PriorityUpdate(priority.getId(), me.personId(), me.displayName(), LocalDate.now(clock),
                clock.instant(), priority.getRag(), text));
        timeline.append(WorkplanTimelines.priority(priority.getId()), Credit.person(me), "UPDATE",
                "Update: " + priority.getRag().describe(), text, Visibility.EVERYONE);
    }

    /** The lead changed the priority without changing its status: the timeline says who. */
    void recordChange(Priority priority, AccessProfile me) {
        timeline.append(WorkplanTimelines.priority(priority.getId()), Credit.person(me), "CHANGED",
                "Priority changed", null, Visibility.EVERYONE);
    }

    /** The priority's timeline, oldest first; the caller has checked the person may read the priority. */
    List<TimelineEntry> timeline(long priorityId) {
        return timeline.entries(WorkplanTimelines.priority(priorityId), true);
    }

    List<TagGroup> tagGroupsOfTeam(long teamId) {
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

    List<PriorityRow> rows(Workplan plan, List<Priority> list) {
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

    ActionRow actionRow(PlanAction a, Map<Long, String> names) {
        return new ActionRow(a.getId(), a.getPriorityId(), a.getTitle(), a.getOwnerPersonId(),
                name(a.getOwnerPersonId(), names), a.getDueOn(), a.getStatus(), a.getPercentComplete(),
                a.isMilestone(), a.getVersion());
    }

    RiskRow riskRow(Risk r, Map<Long, String> names) {
        return new RiskRow(r.getId(), r.getPriorityId(), r.getKind(), r.getDescription(), r.getLikelihood(),
                r.getImpact(), r.getOwnerPersonId(), name(r.getOwnerPersonId(), names), r.getMitigation(), r.isOpen(),
                r.getVersion());
    }

    static UpdateRow updateRow(PriorityUpdate u) {
        return new UpdateRow(u.getId(), u.getPriorityId(), u.getWrittenOn(), u.getWrittenAt(), u.getAuthorName(),
                u.getRag(), u.getText());
    }

    /** The names of these people (nulls skipped) in one query. */
    Map<Long, String> namesOf(java.util.stream.Stream<Long> personIds) {
        Set<Long> ids = personIds.filter(Objects::nonNull).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : directory.personNames(ids);
    }

    static String name(Long personId, Map<Long, String> names) {
        return personId == null ? null : names.getOrDefault(personId, "Someone no longer in the directory");
    }

    PlanSummary summary(Workplan plan) {
        return summary(plan, directory.team(plan.getTeamId()).name());
    }

    PlanSummary summary(Workplan plan, String teamName) {
        return new PlanSummary(plan.getId(), plan.getTeamId(), teamName, plan.getPlanYear(), plan.getTitle());
    }

    Map<Long, String> teamNames(Collection<Long> ids) {
        return directory.teams(ids).stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String reasonSuffix(String reason) {
        return reason == null || reason.isBlank() ? "." : ": " + reason.trim();
    }
}
