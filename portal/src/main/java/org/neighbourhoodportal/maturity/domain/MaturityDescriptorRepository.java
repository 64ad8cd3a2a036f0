package org.neighbourhoodportal.maturity.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MaturityDescriptorRepository extends JpaRepository<MaturityDescriptor, Long> {

    List<MaturityDescriptor> findByDomainIdIn(Collection<Long> domainIds);
}
