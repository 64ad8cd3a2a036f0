package org.neighbourhoodportal.workplan.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BacklogItemRepository extends JpaRepository<BacklogItem, Long> {

    List<BacklogItem> findByTeamIdOrderByCreatedAtDesc(long teamId);

    Optional<BacklogItem> findBySourceKindAndSourceId(String sourceKind, long sourceId);

    List<BacklogItem> findByPriorityIdOrderByCreatedAtDesc(long priorityId);
}
