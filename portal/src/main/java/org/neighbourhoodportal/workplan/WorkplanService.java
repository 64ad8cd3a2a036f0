package org.neighbourhoodportal.workplan;

import java.time.Clock;
import java.util.List;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.workplan.domain.BacklogItem;
import org.neighbourhoodportal.workplan.domain.BacklogItemRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The INT's work plan. For now its backlog: items waiting to become priorities. */
@Service
@Transactional
public class WorkplanService {

    private final BacklogItemRepository backlog;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkplanService(BacklogItemRepository backlog, CurrentUser currentUser, Clock clock) {
        this.backlog = backlog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Adds an item to a team's backlog on behalf of a process. Safe to run twice for the same source: the second
     * call returns the first item.
     */
    public BacklogEntry addToBacklog(long teamId, String title, String detail, String sourceKind, long sourceId) {
        BacklogItem item = backlog.findBySourceKindAndSourceId(sourceKind, sourceId)
                .orElseGet(() -> backlog.save(new BacklogItem(teamId, title, detail, sourceKind, sourceId,
                        clock.instant())));
        return entry(item);
    }

    @Transactional(readOnly = true)
    public List<BacklogEntry> backlog(long teamId) {
        var me = currentUser.require();
        if (!me.teamsInView().contains(teamId)) {
            throw new NotAllowedException("You can only see the work plan of your own teams.");
        }
        return backlog.findByTeamIdOrderByCreatedAtDesc(teamId).stream().map(WorkplanService::entry).toList();
    }

    private static BacklogEntry entry(BacklogItem item) {
        return new BacklogEntry(item.getId(), item.getTeamId(), item.getTitle(), item.getDetail(),
                item.getSourceKind(), item.getSourceId(), item.getCreatedAt());
    }
}
