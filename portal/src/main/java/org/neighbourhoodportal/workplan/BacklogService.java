package org.neighbourhoodportal.workplan;

import java.time.Clock;
import java.util.List;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.workplan.domain.BacklogItem;
import org.neighbourhoodportal.workplan.domain.BacklogItemRepository;
import org.neighbourhoodportal.workplan.domain.PriorityRepository;
import org.neighbourhoodportal.workplan.domain.WorkplanRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's backlog: things to consider for the plan, added by the INT's leads or by a process (a routed PPG feedback
 * item), optionally linked to a priority. Access as in {@link WorkplanPolicy}; refusals are
 * {@link NotAllowedException}.
 */
@Service
@Transactional
public class BacklogService {

    /** The backlog source kind of PPG feedback. */
    public static final String FEEDBACK_SOURCE = "PPG_FEEDBACK";

    private final WorkplanRepository plans;
    private final PriorityRepository priorities;
    private final BacklogItemRepository backlog;
    private final WorkplanPolicy policy;
    private final Clock clock;

    BacklogService(WorkplanRepository plans, PriorityRepository priorities, BacklogItemRepository backlog,
                   WorkplanPolicy policy, Clock clock) {
        this.plans = plans;
        this.priorities = priorities;
        this.backlog = backlog;
        this.policy = policy;
        this.clock = clock;
    }

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
     * A team's backlog, newest first.
     *
     * @throws NotAllowedException unless the caller may read the team's plans
     */
    @Transactional(readOnly = true)
    public List<BacklogEntry> backlog(long teamId) {
        if (!policy.mayRead(policy.me(), teamId)) {
            throw new NotAllowedException("You can only see the work plan of your own teams.");
        }
        return backlog.findByTeamIdOrderByCreatedAtDesc(teamId).stream().map(BacklogService::entry).toList();
    }

    private boolean isPriorityOfTeam(long priorityId, long teamId) {
        return priorities.findById(priorityId).flatMap(p -> plans.findById(p.getWorkplanId()))
                .map(plan -> plan.getTeamId() == teamId).orElse(false);
    }

    private static BacklogEntry entry(BacklogItem item) {
        return new BacklogEntry(item.getId(), item.getTeamId(), item.getTitle(), item.getDetail(),
                item.getSourceKind(), item.getSourceId(), item.getCreatedAt(), item.getPriorityId());
    }
}
