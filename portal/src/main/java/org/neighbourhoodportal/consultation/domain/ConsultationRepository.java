package org.neighbourhoodportal.consultation.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    /** Consultations of these teams, and those that invited these PPGs; newest first. */
    @Query("""
            select c from Consultation c where c.teamId in :teamIds
               or exists (select r.id from Response r where r.consultationId = c.id
                          and r.partyType = org.neighbourhoodportal.rounds.PartyType.PPG and r.partyId in :ppgIds)
            order by c.closesOn desc, c.id desc""")
    List<Consultation> findVisible(Collection<Long> teamIds, Collection<Long> ppgIds);

    List<Consultation> findByIdIn(Collection<Long> ids);

    /** A team's consultations in these states, latest closing date first. */
    List<Consultation> findByTeamIdAndStatusInOrderByClosesOnDescIdDesc(
            long teamId, Collection<org.neighbourhoodportal.consultation.ConsultationStatus> statuses);

    /** Consultations whose outcome is linked to this work plan priority, newest closing date first. */
    @Query("select c from Consultation c join c.priorityIds p where p = :priorityId order by c.closesOn desc, c.id desc")
    List<Consultation> findLinkedToPriority(long priorityId);
}
