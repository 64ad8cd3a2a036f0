package org.neighbourhoodportal.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementSignatureRepository extends JpaRepository<AgreementSignature, Long> {

    java.util.List<AgreementSignature> findByAgreementIdAndVersionNumber(long agreementId, int versionNumber);
}
