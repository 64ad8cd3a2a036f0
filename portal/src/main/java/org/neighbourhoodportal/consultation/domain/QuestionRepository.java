package org.neighbourhoodportal.consultation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionRepository extends JpaRepository<Question, Long> {

    List<Question> findByConsultationIdOrderBySortOrder(long consultationId);

    void deleteByConsultationId(long consultationId);
}
