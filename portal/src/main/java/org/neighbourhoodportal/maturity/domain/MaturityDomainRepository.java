package org.neighbourhoodportal.maturity.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MaturityDomainRepository extends JpaRepository<MaturityDomain, Long> {

    List<MaturityDomain> findByFrameworkIdOrderBySortOrder(long frameworkId);

    /** Pairs of framework id and its number of domains. */
    @Query("select d.frameworkId, count(d) from MaturityDomain d where d.frameworkId in :ids group by d.frameworkId")
    List<Object[]> countByFramework(Collection<Long> ids);
}
