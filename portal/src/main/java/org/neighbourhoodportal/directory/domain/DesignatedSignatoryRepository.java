package org.neighbourhoodportal.directory.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DesignatedSignatoryRepository extends JpaRepository<DesignatedSignatory, Long> {

    @Query("""
            select s from DesignatedSignatory s join fetch s.person
            where s.team.id = :teamId and s.organisation.id = :organisationId""")
    Optional<DesignatedSignatory> find(long teamId, long organisationId);

    @Query("select s from DesignatedSignatory s join fetch s.person join fetch s.organisation where s.team.id = :teamId")
    List<DesignatedSignatory> findByTeamId(long teamId);

    List<DesignatedSignatory> findByPersonId(long personId);
}
