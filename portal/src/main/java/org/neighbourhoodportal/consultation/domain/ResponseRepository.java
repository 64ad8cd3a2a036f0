package org.neighbourhoodportal.consultation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.neighbourhoodportal.consultation.ResponseStatus;
import org.neighbourhoodportal.rounds.PartyType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ResponseRepository extends JpaRepository<Response, Long> {

    List<Response> findByConsultationIdOrderByPartyNameAscIdAsc(long consultationId);

    Optional<Response> findByConsultationIdAndPartyTypeAndPartyId(long consultationId, PartyType partyType,
                                                                  long partyId);

    long countByConsultationIdAndStatus(long consultationId, ResponseStatus status);

    /** [consultation id, invited, sent] for each of these consultations, in one statement. */
    @Query("""
            select r.consultationId, count(r),
                   sum(case when r.status = org.neighbourhoodportal.consultation.ResponseStatus.SUBMITTED then 1 else 0 end)
            from Response r where r.consultationId in :ids group by r.consultationId""")
    List<Object[]> countByConsultation(Collection<Long> ids);
}
