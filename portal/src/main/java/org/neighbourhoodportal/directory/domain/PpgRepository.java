package org.neighbourhoodportal.directory.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PpgRepository extends JpaRepository<Ppg, Long> {

    @Query("select p from Ppg p join fetch p.practice join fetch p.team where p.team.id in :teamIds order by p.name")
    List<Ppg> findByTeamIds(Collection<Long> teamIds);

    @Query("select p from Ppg p join fetch p.practice join fetch p.team where p.id in :ids order by p.name")
    List<Ppg> findByIds(Collection<Long> ids);
}
