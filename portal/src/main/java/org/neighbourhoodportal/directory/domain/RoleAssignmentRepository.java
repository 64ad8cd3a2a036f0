package org.neighbourhoodportal.directory.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {

    List<RoleAssignment> findByPersonId(long personId);

    /**
     * Every role of every enabled person who holds a role in one of these teams, PPGs or ICBs (or is an administrator,
     * when asked), or who is one of these people; with the person and their organisation. Empty lists are not allowed
     * in JPQL, so callers pass {@code -1} for "none".
     */
    @Query("""
            select r from RoleAssignment r join fetch r.person p left join fetch p.organisation
            where p.enabled = true and p.id in (
                select r2.person.id from RoleAssignment r2
                where r2.teamId in :teams or r2.ppgId in :ppgs or r2.icbId in :icbs or r2.person.id in :people
                   or (:administrators = true and r2.role = org.neighbourhoodportal.directory.Role.ADMINISTRATOR))""")
    List<RoleAssignment> findRolesOfPeopleReached(Collection<Long> teams, Collection<Long> ppgs, Collection<Long> icbs,
                                                  Collection<Long> people, boolean administrators);

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
