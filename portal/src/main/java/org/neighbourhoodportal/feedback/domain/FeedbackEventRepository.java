package org.neighbourhoodportal.feedback.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackEventRepository extends JpaRepository<FeedbackEvent, Long> {

    List<FeedbackEvent> findByFeedbackIdOrderByOccurredAtAscIdAsc(long feedbackId);

    long countByFeedbackIdAndKind(long feedbackId, org.neighbourhoodportal.feedback.FeedbackEventKind kind);
}
