package org.neighbourhoodportal.feedback.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalResponseRepository extends JpaRepository<ProposalResponse, Long> {

    List<ProposalResponse> findByProposalIdOrderByRespondedAt(long proposalId);

    Optional<ProposalResponse> findByProposalIdAndPpgId(long proposalId, long ppgId);
}
