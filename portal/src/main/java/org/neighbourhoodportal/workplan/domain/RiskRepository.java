package org.neighbourhoodportal.workplan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskRepository extends JpaRepository<Risk, Long> {

    List<Risk> findByPriorityIdOrderByIdAsc(long priorityId);
    List<Risk> findByPriorityIdIn(java.util.Collection<Long> priorityIds);
}
