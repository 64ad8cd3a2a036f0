package org.neighbourhoodportal.maturity.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByTeamIdInOrderByPeriod(Collection<Long> teamIds);

    List<Assessment> findByTeamIdOrderByPeriod(long teamId);
}
