package org.neighbourhoodportal.workplan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FrameworkRepository extends JpaRepository<Framework, Long> {

    List<Framework> findByTeamIdIsNullOrTeamIdOrderBySortOrder(Long teamId);
}
