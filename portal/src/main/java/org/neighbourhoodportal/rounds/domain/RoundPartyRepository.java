package org.neighbourhoodportal.rounds.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundPartyRepository extends JpaRepository<RoundParty, Long> {

    List<RoundParty> findByRoundIdOrderByPartyNameAscIdAsc(long roundId);

    List<RoundParty> findByRoundIdIn(Collection<Long> roundIds);
}
