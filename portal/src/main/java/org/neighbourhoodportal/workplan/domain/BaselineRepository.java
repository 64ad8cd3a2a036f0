package org.neighbourhoodportal.workplan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BaselineRepository extends JpaRepository<Baseline, Long> {

    List<Baseline> findByWorkplanIdOrderByTakenAtDesc(long workplanId);
}
