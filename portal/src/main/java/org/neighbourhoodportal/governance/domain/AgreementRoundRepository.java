package org.neighbourhoodportal.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRoundRepository extends JpaRepository<AgreementRound, Long> {

    java.util.Optional<AgreementRound> findFirstByAgreementIdOrderByIdDesc(long agreementId);

    java.util.List<AgreementRound> findByAgreementIdOrderByIdAsc(long agreementId);
}
