package org.neighbourhoodportal.funding.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FundingBidRepository extends JpaRepository<FundingBid, Long> {

    List<FundingBid> findByTeamIdInOrderByDeadlineAscIdAsc(Collection<Long> teamIds);

    List<FundingBid> findByIdIn(Collection<Long> ids);
}
