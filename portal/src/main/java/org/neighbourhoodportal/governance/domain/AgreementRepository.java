package org.neighbourhoodportal.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRepository extends JpaRepository<Agreement, Long> {

    java.util.List<Agreement> findByTeamIdInOrderByCreatedAtDesc(java.util.Collection<Long> teamIds);

    java.util.List<Agreement> findByIdIn(java.util.Collection<Long> ids);
}
