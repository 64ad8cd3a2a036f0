package org.neighbourhoodportal.governance.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingDecisionRepository extends JpaRepository<MeetingDecision, Long> {

    List<MeetingDecision> findByMeetingIdOrderByIdAsc(long meetingId);

    List<MeetingDecision> findByMeetingIdIn(Collection<Long> meetingIds);
}
