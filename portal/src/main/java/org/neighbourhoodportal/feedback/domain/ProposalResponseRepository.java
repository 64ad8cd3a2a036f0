package org.neighbourhoodportal.feedback.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalResponseRepository extends JpaRepository<ProposalResponse, Long> {

    List<ProposalResponse> findByProposalIdOrderByRespondedAt(long proposalId);

    Optional<ProposalResponse> findByProposalIdAndPpgId(long proposalId, long ppgId);

    /** How many PPGs have answered each of these proposals: rows of (proposal id, count). */
    @Query("select r.proposalId, count(r) from ProposalResponse r where r.proposalId in :proposalIds group by r.proposalId")
    List<Object[]> countByProposal(Collection<Long> proposalIds);
}
