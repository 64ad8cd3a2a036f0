package org.neighbourhoodportal.maturity.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MaturityFrameworkRepository extends JpaRepository<MaturityFramework, Long> {

    Optional<MaturityFramework> findByCodeAndVersion(String code, String version);

    List<MaturityFramework> findByCodeOrderByVersionDesc(String code);

    List<MaturityFramework> findByCode(String code);

    /** The reference frameworks (not a team's own objectives), every version, drafts too. */
    List<MaturityFramework> findByTeamIdIsNull();

    @Query("select coalesce(max(f.sortOrder), 0) from MaturityFramework f")
    int maxSortOrder();
}
