package org.neighbourhoodportal.workplan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorityUpdateRepository extends JpaRepository<PriorityUpdate, Long> {

    List<PriorityUpdate> findByPriorityIdOrderByWrittenAtDescIdDesc(long priorityId);
    List<PriorityUpdate> findByPriorityIdInOrderByWrittenAtAscIdAsc(java.util.Collection<Long> priorityIds);
}
