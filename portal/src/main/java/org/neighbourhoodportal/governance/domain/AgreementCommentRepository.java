package org.neighbourhoodportal.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementCommentRepository extends JpaRepository<AgreementComment, Long> {

    java.util.List<AgreementComment> findByAgreementIdOrderByIdAsc(long agreementId);

    java.util.List<AgreementComment> findByRoundId(long roundId);

    boolean existsByRoundIdAndOrganisationId(long roundId, long organisationId);
}
