package org.neighbourhoodportal.maturity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DomainEntryRepository extends JpaRepository<DomainEntry, Long> {

    List<DomainEntry> findByAssessmentIdOrderByDomainId(long assessmentId);

    List<DomainEntry> findByAssessmentIdIn(Collection<Long> assessmentIds);

    Optional<DomainEntry> findByAssessmentIdAndDomainId(long assessmentId, long domainId);
}
