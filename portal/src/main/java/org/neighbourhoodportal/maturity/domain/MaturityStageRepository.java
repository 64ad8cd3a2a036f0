package org.neighbourhoodportal.maturity.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MaturityStageRepository extends JpaRepository<MaturityStage, Long> {

    List<MaturityStage> findByFrameworkIdOrderBySortOrder(long frameworkId);
}
