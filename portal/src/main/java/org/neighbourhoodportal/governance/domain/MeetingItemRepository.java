package org.neighbourhoodportal.governance.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingItemRepository extends JpaRepository<MeetingItem, Long> {

    List<MeetingItem> findByMeetingIdOrderByPositionAsc(long meetingId);

    List<MeetingItem> findByMeetingIdIn(Collection<Long> meetingIds);
}
