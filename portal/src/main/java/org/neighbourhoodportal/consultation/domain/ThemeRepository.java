package org.neighbourhoodportal.consultation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThemeRepository extends JpaRepository<Theme, Long> {

    List<Theme> findByConsultationIdOrderById(long consultationId);
}
