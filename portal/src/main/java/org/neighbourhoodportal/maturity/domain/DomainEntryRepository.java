package org.neighbourhoodportal.maturity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DomainEntryRepository extends JpaRepository<DomainEntry, Long> {

    List<DomainEntry> findByAssessmentIdOrderByDomainId(long assessmentId);

    List<DomainEntry> findByAssessmentIdIn(Collection<Long> assessmentIds);

    Optional<DomainEntry> findByAssessmentIdAndDomainId(long assessmentId, long domainId);

    /** The evidence links of these assessments' domains in one statement: entry id, record kind, record id. */
    @Query("select e.id, l.recordKind, l.recordId from DomainEntry e join e.evidenceLinks l"
            + " where e.assessmentId in :assessmentIds")
    List<Object[]> evidenceLinksOf(Collection<Long> assessmentIds);
}
