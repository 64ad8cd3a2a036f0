package org.neighbourhoodportal.reporting.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HighlightReportEventRepository extends JpaRepository<HighlightReportEvent, Long> {

    List<HighlightReportEvent> findByReportIdOrderByOccurredAtAscIdAsc(long reportId);
}
