package org.neighbourhoodportal.maturity.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IntProfileRepository extends JpaRepository<IntProfile, Long> {
}
