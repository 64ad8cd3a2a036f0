package org.neighbourhoodportal.directory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {

    List<RoleAssignment> findByPersonId(long personId);

    @Query("""
            select distinct r.person.organisation.id from RoleAssignment r
            where r.role = org.neighbourhoodportal.directory.Role.MEMBER and r.teamId = :teamId
              and r.person.organisation is not null""")
    List<Long> findRepresentedOrganisations(long teamId);

    @Query("""
            select distinct p from RoleAssignment r join r.person p left join fetch p.organisation
            where r.teamId = :teamId and r.role in (org.neighbourhoodportal.directory.Role.INT_LEAD,
                                                    org.neighbourhoodportal.directory.Role.MEMBER)
            order by p.displayName""")
    List<Person> findTeamPeople(long teamId);
}
