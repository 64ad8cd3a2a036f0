package org.neighbourhoodportal.governance.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementInForceRepository extends JpaRepository<AgreementInForce, Long> {

    List<AgreementInForce> findByAgreementIdIn(Collection<Long> agreementIds);
}
