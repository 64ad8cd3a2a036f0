package org.neighbourhoodportal.governance.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadershipSeatRepository extends JpaRepository<LeadershipSeat, Long> {

    List<LeadershipSeat> findByGroupIdOrderByPositionAsc(long groupId);
}
