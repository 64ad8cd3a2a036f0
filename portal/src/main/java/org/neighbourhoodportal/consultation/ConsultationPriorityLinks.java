package org.neighbourhoodportal.consultation;

import java.util.List;
import org.neighbourhoodportal.consultation.domain.ConsultationRepository;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.workplan.LinkedRecord;
import org.neighbourhoodportal.workplan.PriorityLinkSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On a priority's page: the consultations whose outcome changed it, those the reader may read. */
@Component
class ConsultationPriorityLinks implements PriorityLinkSource {

    private final ConsultationRepository repository;
    private final ConsultationService consultations;
    private final ConsultationPolicy policy;

    ConsultationPriorityLinks(ConsultationRepository repository, ConsultationService consultations,
                              ConsultationPolicy policy) {
        this.repository = repository;
        this.consultations = consultations;
        this.policy = policy;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedRecord> linkedTo(long priorityId) {
        AccessProfile me = policy.me();
        return repository.findLinkedToPriority(priorityId).stream()
                .filter(c -> policy.mayRead(me, c, consultations.invited(c)))
                .map(c -> new LinkedRecord("Consultation", c.getTitle(), ConsultationService.route(c.getId()),
                        c.getStatus().label()))
                .toList();
    }
}
