package org.neighbourhoodportal.maturity.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MaturityDomainRepository extends JpaRepository<MaturityDomain, Long> {

    List<MaturityDomain> findByFrameworkIdOrderBySortOrder(long frameworkId);
}
