package org.neighbourhoodportal.directory.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEmailIgnoreCase(String email);

    boolean existsByDemoAccountTrue();
}
