package org.neighbourhoodportal.directory.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The people queries of directory administration, kept apart from the directory's own reads. */
public interface PersonAdminRepository extends Repository<Person, Long> {

    @Query("select p from Person p left join fetch p.organisation order by lower(p.displayName), p.id")
    List<Person> page(Pageable page);

    @Query("select p from Person p left join fetch p.organisation where lower(p.email) in :emails")
    List<Person> byEmail(java.util.Collection<String> emails);

    @Query("select count(p) from Person p")
    long countAll();

    @Query("select count(p) > 0 from Person p where lower(p.email) = lower(:email) and p.id <> :exceptId")
    boolean emailInUse(String email, long exceptId);

    @Query("select count(o) > 0 from Organisation o where lower(o.name) = lower(:name) and o.id <> :exceptId")
    boolean organisationNameInUse(String name, long exceptId);

    @Query("select count(o) > 0 from Organisation o where o.odsCode = :code and o.id <> :exceptId")
    boolean odsCodeInUse(String code, long exceptId);

    @Query("select count(t) > 0 from Team t where lower(t.name) = lower(:name) and t.id <> :exceptId")
    boolean teamNameInUse(String name, long exceptId);

    @Query("select count(i) > 0 from Icb i where lower(i.name) = lower(:name) and i.id <> :exceptId")
    boolean icbNameInUse(String name, long exceptId);

    @Query("select count(p) > 0 from Ppg p where lower(p.name) = lower(:name) and p.id <> :exceptId")
    boolean ppgNameInUse(String name, long exceptId);

    @Query("select t from Team t join fetch t.icb order by lower(t.name)")
    List<Team> teamsWithIcb();

    @Query("select p from Ppg p join fetch p.team join fetch p.practice order by lower(p.name)")
    List<Ppg> ppgsWithTeamAndPractice();

    /** Every role held in the team, or for one of its PPGs, with the person. */
    @Query("""
            select r from RoleAssignment r join fetch r.person p left join fetch p.organisation
            where r.teamId = :teamId or r.ppgId in (select g.id from Ppg g where g.team.id = :teamId)
            order by lower(p.displayName), r.role""")
    List<RoleAssignment> rolesInTeam(long teamId);

    @Query("""
            select count(r) from RoleAssignment r
            where r.role = org.neighbourhoodportal.directory.Role.ADMINISTRATOR and r.person.enabled = true""")
    long countActiveAdministrators();

    @Query("select r from RoleAssignment r join fetch r.person where r.person.id = :personId order by r.role")
    List<RoleAssignment> rolesOf(long personId);

    @Query("""
            select count(r) > 0 from RoleAssignment r where r.person.id = :personId and r.role = :role
              and (r.teamId = :scopeId or r.ppgId = :scopeId or r.icbId = :scopeId
                   or (:scopeId is null and r.teamId is null and r.ppgId is null and r.icbId is null))""")
    boolean holds(long personId, org.neighbourhoodportal.directory.Role role, Long scopeId);
}
