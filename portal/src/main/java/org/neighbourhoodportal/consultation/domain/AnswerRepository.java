package org.neighbourhoodportal.consultation.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByResponseIdIn(Collection<Long> responseIds);
}
