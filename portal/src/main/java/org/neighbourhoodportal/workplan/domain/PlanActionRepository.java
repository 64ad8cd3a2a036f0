package org.neighbourhoodportal.workplan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    List<PlanAction> findByPriorityIdInOrderByPriorityIdAscSortOrderAscIdAsc(java.util.Collection<Long> priorityIds);
    List<PlanAction> findByPriorityIdOrderBySortOrderAscIdAsc(long priorityId);
}
