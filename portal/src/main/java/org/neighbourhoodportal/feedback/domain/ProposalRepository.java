package org.neighbourhoodportal.feedback.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

    /** Proposals of these teams, or sent to any of these PPGs, with their invited PPGs, in one query. */
    @Query("""
            select distinct p from Proposal p left join fetch p.invitedPpgs
            where p.id in (select v.id from Proposal v left join v.invitedPpgs ppg
                           where v.teamId in :teamIds or ppg in :ppgIds)
            order by p.createdAt desc""")
    List<Proposal> findVisible(Collection<Long> teamIds, Collection<Long> ppgIds);

    List<Proposal> findByIdIn(Collection<Long> ids);
}
