package org.neighbourhoodportal.directory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamMembershipRepository extends JpaRepository<TeamMembership, Long> {

    @Query("select m from TeamMembership m join fetch m.organisation o where m.team.id = :teamId order by o.name")
    List<TeamMembership> findByTeamId(long teamId);

    boolean existsByTeamIdAndOrganisationId(long teamId, long organisationId);
}
