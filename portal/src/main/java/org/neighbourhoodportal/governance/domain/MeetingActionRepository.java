package org.neighbourhoodportal.governance.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingActionRepository extends JpaRepository<MeetingAction, Long> {

    List<MeetingAction> findByGroupIdOrderByDueOnAscIdAsc(long groupId);
}
