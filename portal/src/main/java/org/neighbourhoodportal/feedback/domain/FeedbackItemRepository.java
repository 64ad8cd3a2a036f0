package org.neighbourhoodportal.feedback.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface FeedbackItemRepository extends JpaRepository<FeedbackItem, Long>,
        JpaSpecificationExecutor<FeedbackItem> {

    List<FeedbackItem> findByIdIn(Collection<Long> ids);

    /** A team's feedback in one state, most recently closed first (then newest). */
    List<FeedbackItem> findByTeamIdAndStatusOrderByClosedAtDescIdDesc(long teamId,
                                                                     org.neighbourhoodportal.feedback.FeedbackStatus status);
}
