package org.neighbourhoodportal.funding.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FundingPartnerRepository extends JpaRepository<FundingPartner, Long> {

    List<FundingPartner> findByBidIdOrderByIdAsc(long bidId);

    List<FundingPartner> findByBidIdIn(Collection<Long> bidIds);

    Optional<FundingPartner> findByBidIdAndOrganisationId(long bidId, long organisationId);
}
