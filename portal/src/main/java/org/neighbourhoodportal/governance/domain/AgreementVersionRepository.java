package org.neighbourhoodportal.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementVersionRepository extends JpaRepository<AgreementVersion, Long> {

    java.util.List<AgreementVersion> findByAgreementIdOrderByNumberAsc(long agreementId);

    java.util.Optional<AgreementVersion> findByAgreementIdAndNumber(long agreementId, int number);
}
