package org.neighbourhoodportal.governance.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingActionRepository extends JpaRepository<MeetingAction, Long> {

    List<MeetingAction> findByGroupIdOrderByDueOnAscIdAsc(long groupId);

    /** Open actions due on or before the day: the daily reminders' candidates. */
    List<MeetingAction> findByDoneAtIsNullAndDueOnLessThanEqualOrderByIdAsc(java.time.LocalDate day);
}
