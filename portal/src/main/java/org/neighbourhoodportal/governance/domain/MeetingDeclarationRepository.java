package org.neighbourhoodportal.governance.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingDeclarationRepository extends JpaRepository<MeetingDeclaration, Long> {

    List<MeetingDeclaration> findByMeetingIdOrderByIdAsc(long meetingId);

    List<MeetingDeclaration> findByMeetingIdIn(Collection<Long> meetingIds);
}
