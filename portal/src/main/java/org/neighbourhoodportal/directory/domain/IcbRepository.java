package org.neighbourhoodportal.directory.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IcbRepository extends JpaRepository<Icb, Long> {

    Optional<Icb> findByName(String name);
}
