package org.neighbourhoodportal.maturity.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByTeamIdInOrderByPeriod(Collection<Long> teamIds);

    List<Assessment> findByTeamIdOrderByPeriod(long teamId);

    /** Pairs of framework id and the number of assessments (of any team) made with it. */
    @Query("select a.frameworkId, count(a) from Assessment a where a.frameworkId in :ids group by a.frameworkId")
    List<Object[]> countByFramework(Collection<Long> ids);

    boolean existsByFrameworkId(long frameworkId);
}
