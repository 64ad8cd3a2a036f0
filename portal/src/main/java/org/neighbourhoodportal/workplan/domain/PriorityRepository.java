package org.neighbourhoodportal.workplan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorityRepository extends JpaRepository<Priority, Long> {

    List<Priority> findByWorkplanIdOrderBySortOrderAscIdAsc(long workplanId);
}
