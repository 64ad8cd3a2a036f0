package org.neighbourhoodportal.workplan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FrameworkItemRepository extends JpaRepository<FrameworkItem, Long> {

    List<FrameworkItem> findByFrameworkIdInOrderBySortOrder(java.util.Collection<Long> frameworkIds);
}
