package org.neighbourhoodportal.maturity.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MaturityFrameworkRepository extends JpaRepository<MaturityFramework, Long> {

    Optional<MaturityFramework> findByCodeAndVersion(String code, String version);

    List<MaturityFramework> findByCodeOrderByVersionDesc(String code);
}
