package org.neighbourhoodportal.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementSectionRepository extends JpaRepository<AgreementSection, Long> {

    java.util.List<AgreementSection> findByVersionId(long versionId);
}
