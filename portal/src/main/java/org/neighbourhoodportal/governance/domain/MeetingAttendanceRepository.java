package org.neighbourhoodportal.governance.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingAttendanceRepository extends JpaRepository<MeetingAttendance, Long> {

    List<MeetingAttendance> findByMeetingId(long meetingId);

    List<MeetingAttendance> findByMeetingIdIn(Collection<Long> meetingIds);
}
