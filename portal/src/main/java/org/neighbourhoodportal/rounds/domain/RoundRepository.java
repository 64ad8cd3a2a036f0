package org.neighbourhoodportal.rounds.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundRepository extends JpaRepository<Round, Long> {

    Optional<Round> findByKindAndRecordId(String kind, long recordId);

    List<Round> findByIdIn(Collection<Long> ids);
}
