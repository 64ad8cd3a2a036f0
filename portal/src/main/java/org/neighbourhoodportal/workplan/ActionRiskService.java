package org.neighbourhoodportal.workplan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.records.StaleRecordException;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.workplan.domain.PlanAction;
import org.neighbourhoodportal.workplan.domain.PlanActionRepository;
import org.neighbourhoodportal.workplan.domain.Priority;
import org.neighbourhoodportal.workplan.domain.PriorityRepository;
import org.neighbourhoodportal.workplan.domain.Risk;
import org.neighbourhoodportal.workplan.domain.RiskRepository;
import org.neighbourhoodportal.workplan.domain.Workplan;
import org.neighbourhoodportal.workplan.domain.WorkplanRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions that deliver a priority, and its risks and issues. The INT lead adds and changes actions, an action's
 * owner keeps its status and progress current; the INT lead or the priority's lead keeps its risks. Access as in
 * {@link WorkplanPolicy}; refusals are {@link NotAllowedException}.
 */
@Service
@Transactional
public class ActionRiskService {

    private static final String ACTION = "action";
    private static final String RISK = "risk or issue";

    private final WorkplanRepository plans;
    private final PriorityRepository priorities;
    private final PlanActionRepository actions;
    private final RiskRepository risks;
    private final CurrentUser currentUser;
    private final PlanRecords records;
    private final Clock clock;

    ActionRiskService(WorkplanRepository plans, PriorityRepository priorities, PlanActionRepository actions,
                      RiskRepository risks, CurrentUser currentUser, PlanRecords records, Clock clock) {
        this.plans = plans;
        this.priorities = priorities;
        this.actions = actions;
        this.risks = risks;
        this.currentUser = currentUser;
        this.records = records;
        this.clock = clock;
    }

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
        Priority priority = records.readablePriority(draft.priorityId());
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
            records.requireUnchanged(ACTION, draft.version(), action.getVersion(), action.getChangedBy(),
                    action.getChangedAt());
            if (!lead && (!Objects.equals(action.getTitle(), draft.title())
                    || !Objects.equals(action.getOwnerPersonId(), draft.ownerId())
                    || !Objects.equals(action.getDueOn(), draft.dueOn()) || action.isMilestone() != draft.milestone())) {
                throw new NotAllowedException("As its owner you can change the action's status and progress; "
                        + "ask the INT lead to change what it is, who owns it or when it is due.");
            }
        }
        List<FieldError> errors = new ArrayList<>();
        PlanRecords.text(draft.title(), "title", "Action", PlanAction.TITLE_LENGTH, true, errors);
        if (draft.status() == null) {
            errors.add(new FieldError("status", "Status", "Choose a status."));
        }
        if (draft.percentComplete() < 0 || draft.percentComplete() > 100) {
            errors.add(new FieldError("percentComplete", "% complete", "Must be between 0 and 100."));
        }
        if (draft.ownerId() != null
                && records.teamPeopleIds(plan.getTeamId()).stream().noneMatch(draft.ownerId()::equals)) {
            errors.add(new FieldError("ownerId", "Owner", "Choose someone in the team."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        action.describe(draft.title().trim(), draft.ownerId(), draft.dueOn(), draft.milestone());
        action.progress(draft.status(), draft.percentComplete());
        action.changed(me.personId(), clock.instant());
        PlanAction changed = action;
        return PlanRecords.saved(ACTION, () -> actions.saveAndFlush(changed)).getId();
    }

    /** Every action of a plan, priority by priority. */
    @Transactional(readOnly = true)
    public List<ActionRow> actions(long planId) {
        Workplan plan = records.readablePlan(planId);
        List<Long> ids = priorities.findByWorkplanIdOrderBySortOrderAscIdAsc(plan.getId()).stream()
                .map(Priority::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<PlanAction> all = actions.findByPriorityIdInOrderByPriorityIdAscSortOrderAscIdAsc(ids);
        Map<Long, String> names = records.namesOf(all.stream().map(PlanAction::getOwnerPersonId));
        return all.stream().map(a -> records.actionRow(a, names)).toList();
    }

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
        Priority priority = records.readablePriority(draft.priorityId());
        Workplan plan = plans.findById(priority.getWorkplanId()).orElseThrow();
        records.requireMayUpdate(me, plan, priority);
        Risk risk = draft.id() == null ? new Risk(priority.getId())
                : risks.findById(draft.id()).filter(r -> r.getPriorityId() == priority.getId())
                .orElseThrow(() -> new NotAllowedException("That risk does not exist."));
        if (draft.id() != null) {
            records.requireUnchanged(RISK, draft.version(), risk.getVersion(), risk.getChangedBy(),
                    risk.getChangedAt());
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.kind() == null) {
            errors.add(new FieldError("kind", "Risk or issue", "Choose risk or issue."));
        }
        PlanRecords.text(draft.description(), "description", "Description", Risk.TEXT_LENGTH, true, errors);
        PlanRecords.text(draft.mitigation(), "mitigation", "Mitigation", Risk.TEXT_LENGTH, false, errors);
        if (draft.likelihood() < 1 || draft.likelihood() > 5) {
            errors.add(new FieldError("likelihood", "Likelihood", "Must be from 1 (rare) to 5 (almost certain)."));
        }
        if (draft.impact() < 1 || draft.impact() > 5) {
            errors.add(new FieldError("impact", "Impact", "Must be from 1 (negligible) to 5 (severe)."));
        }
        if (draft.ownerId() != null
                && records.teamPeopleIds(plan.getTeamId()).stream().noneMatch(draft.ownerId()::equals)) {
            errors.add(new FieldError("ownerId", "Owner", "Choose someone in the team."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        risk.describe(draft.kind(), draft.description().trim(), draft.likelihood(), draft.impact(), draft.ownerId(),
                PlanRecords.trimToNull(draft.mitigation()), draft.open());
        risk.changed(me.personId(), clock.instant());
        return PlanRecords.saved(RISK, () -> risks.saveAndFlush(risk)).getId();
    }
}
