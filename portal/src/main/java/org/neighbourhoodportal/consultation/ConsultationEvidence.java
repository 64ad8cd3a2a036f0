package org.neighbourhoodportal.consultation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neighbourhoodportal.consultation.domain.Consultation;
import org.neighbourhoodportal.consultation.domain.ConsultationRepository;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.timeline.LinkableRecords;
import org.neighbourhoodportal.timeline.RecordLink;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations that were run (closed, with or without responses, or with their outcome published), as evidence
 * another record can link to; read through {@link ConsultationPolicy}.
 */
@Component
class ConsultationEvidence implements LinkableRecords {

    static final EnumSet<ConsultationStatus> RUN = EnumSet.of(ConsultationStatus.CLOSED,
            ConsultationStatus.OUTCOME_PUBLISHED, ConsultationStatus.CLOSED_WITHOUT_RESPONSES);

    private final ConsultationRepository repository;
    private final ConsultationService consultations;
    private final ConsultationPolicy policy;

    ConsultationEvidence(ConsultationRepository repository, ConsultationService consultations,
                         ConsultationPolicy policy) {
        this.repository = repository;
        this.consultations = consultations;
        this.policy = policy;
    }

    @Override
    public String recordKind() {
        return ConsultationTimelines.CONSULTATION;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordLink> finishedOfTeam(long teamId) {
        AccessProfile me = policy.me();
        return repository.findByTeamIdAndStatusInOrderByClosesOnDescIdDesc(teamId, RUN).stream()
                .filter(c -> mayRead(me, c)).map(ConsultationEvidence::link).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, RecordLink> readable(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        AccessProfile me = policy.me();
        return repository.findByIdIn(ids).stream().filter(c -> mayRead(me, c))
                .collect(Collectors.toMap(Consultation::getId, ConsultationEvidence::link));
    }

    /** The policy's answer; the invited parties are read only for someone outside the INT. */
    private boolean mayRead(AccessProfile me, Consultation c) {
        return me.teamsInView().contains(c.getTeamId()) || policy.mayRead(me, c, consultations.invited(c));
    }

    private static RecordLink link(Consultation c) {
        return new RecordLink(ConsultationTimelines.of(c.getId()), c.getTeamId(), c.getTitle(),
                ConsultationService.route(c.getId()), c.getStatus().label());
    }
}
