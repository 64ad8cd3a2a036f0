package org.neighbourhoodportal.workplan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkplanRepository extends JpaRepository<Workplan, Long> {

    List<Workplan> findByTeamIdInOrderByPlanYearDesc(java.util.Collection<Long> teamIds);

    java.util.Optional<Workplan> findByTeamIdAndPlanYear(long teamId, int planYear);

    List<Workplan> findByPlanYear(int planYear);
}
