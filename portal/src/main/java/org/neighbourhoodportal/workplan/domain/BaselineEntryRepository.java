package org.neighbourhoodportal.workplan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BaselineEntryRepository extends JpaRepository<BaselineEntry, Long> {

    List<BaselineEntry> findByBaselineId(long baselineId);
}
