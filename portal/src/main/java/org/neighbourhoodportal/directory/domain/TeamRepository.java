package org.neighbourhoodportal.directory.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamRepository extends JpaRepository<Team, Long> {

    Optional<Team> findByName(String name);

    List<Team> findByIcbIdIn(Collection<Long> icbIds);

    List<Team> findByIdInOrderByName(Collection<Long> ids);
}
