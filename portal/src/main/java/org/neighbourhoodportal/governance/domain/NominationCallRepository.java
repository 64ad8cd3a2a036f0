package org.neighbourhoodportal.governance.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NominationCallRepository extends JpaRepository<NominationCall, Long> {

    Optional<NominationCall> findFirstByGroupIdOrderByIdDesc(long groupId);

    List<NominationCall> findByGroupIdOrderByIdAsc(long groupId);
}
