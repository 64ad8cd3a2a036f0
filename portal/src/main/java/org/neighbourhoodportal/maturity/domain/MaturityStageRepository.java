package org.neighbourhoodportal.maturity.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MaturityStageRepository extends JpaRepository<MaturityStage, Long> {

    List<MaturityStage> findByFrameworkIdOrderBySortOrder(long frameworkId);

    /** Pairs of framework id and its number of stages. */
    @Query("select s.frameworkId, count(s) from MaturityStage s where s.frameworkId in :ids group by s.frameworkId")
    List<Object[]> countByFramework(Collection<Long> ids);
}
