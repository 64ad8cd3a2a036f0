package org.neighbourhoodportal.governance.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadershipGroupRepository extends JpaRepository<LeadershipGroup, Long> {

    List<LeadershipGroup> findByTeamIdInOrderByCreatedAtDesc(Collection<Long> teamIds);

    List<LeadershipGroup> findByIdIn(Collection<Long> ids);
}
