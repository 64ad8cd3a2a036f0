package org.neighbourhoodportal.governance.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

    List<Nomination> findByGroupIdOrderByIdAsc(long groupId);

    boolean existsByCallIdAndOrganisationId(long callId, long organisationId);
}
