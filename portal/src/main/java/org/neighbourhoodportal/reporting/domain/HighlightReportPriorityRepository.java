package org.neighbourhoodportal.reporting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HighlightReportPriorityRepository extends JpaRepository<HighlightReportPriority, Long> {

    List<HighlightReportPriority> findByReportIdOrderBySortOrderAscIdAsc(long reportId);

    List<HighlightReportPriority> findByReportIdIn(Collection<Long> reportIds);

    Optional<HighlightReportPriority> findByReportIdAndPriorityId(long reportId, long priorityId);

    Optional<HighlightReportPriority> findByTaskId(String taskId);
}
