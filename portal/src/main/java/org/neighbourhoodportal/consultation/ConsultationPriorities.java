package org.neighbourhoodportal.consultation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.consultation.domain.Consultation;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "A consultation's outcome can link to the work plan priorities it changed": the INT lead links them once the
 * consultation has closed; the consultation's page lists them, and each priority's page lists the consultation
 * ({@code ConsultationPriorityLinks}). Access through {@link ConsultationPolicy}, as for the consultation.
 */
@Service
@Transactional
public class ConsultationPriorities {

    /** A work plan priority as the consultation's page shows it, with the plan's year. */
    public record PriorityChoice(long id, String title, String plan, String route) {
    }

    private final ConsultationService consultations;
    private final ConsultationPolicy policy;
    private final WorkplanService workplans;
    private final PriorityService priorities;
    private final Timeline timeline;

    ConsultationPriorities(ConsultationService consultations, ConsultationPolicy policy, WorkplanService workplans, PriorityService priorities,
                           Timeline timeline) {
        this.consultations = consultations;
        this.policy = policy;
        this.workplans = workplans;
        this.priorities = priorities;
        this.timeline = timeline;
    }

    /**
     * The priorities of the consultation's INT's work plans that the lead may link it to, by plan (newest year
     * first) and the plan's order.
     *
     * @throws NotAllowedException unless the caller leads the consultation's INT
     */
    @Transactional(readOnly = true)
    public List<PriorityChoice> options(long consultationId) {
        AccessProfile me = policy.me();
        Consultation c = consultations.load(consultationId);
        policy.requireLead(me, c, consultations.invited(c));
        return choices(c.getTeamId());
    }

    /**
     * The priorities this consultation's outcome changed, for anyone who may read the consultation; empty until the
     * lead links some.
     *
     * @throws NotAllowedException {@link ConsultationPolicy#NOT_FOUND} when the caller may not read it
     */
    @Transactional(readOnly = true)
    public List<PriorityChoice> linked(long consultationId) {
        AccessProfile me = policy.me();
        Consultation c = consultations.load(consultationId);
        policy.requireRead(me, c, consultations.invited(c));
        Set<Long> ids = c.getPriorityIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        // the plan's pages check the reader again; titles come from the plans the caller may read
        return choices(c.getTeamId()).stream().filter(p -> ids.contains(p.id())).toList();
    }

    /**
     * The lead links the consultation's outcome to these priorities (replacing the links before), once it has closed.
     *
     * @throws NotAllowedException unless the caller leads the consultation's INT
     * @throws ConsultationRefusedException before it has closed, or for a priority not in the INT's work plans
     */
    public void link(long consultationId, Set<Long> priorityIds) {
        AccessProfile me = policy.me();
        Consultation c = consultations.load(consultationId);
        policy.requireLead(me, c, consultations.invited(c));
        if (c.getStatus() == ConsultationStatus.DRAFT || c.getStatus() == ConsultationStatus.OPEN) {
            throw new ConsultationRefusedException("Link the priorities it changed once the consultation has "
                    + "closed.");
        }
        List<PriorityChoice> offered = choices(c.getTeamId());
        Set<Long> known = offered.stream().map(PriorityChoice::id).collect(Collectors.toSet());
        if (!known.containsAll(priorityIds)) {
            throw new ConsultationRefusedException("Choose priorities from the INT's own work plans.");
        }
        c.linkPriorities(new LinkedHashSet<>(priorityIds));
        String titles = offered.stream().filter(p -> priorityIds.contains(p.id())).map(PriorityChoice::title)
                .collect(Collectors.joining("; "));
        timeline.append(ConsultationTimelines.of(consultationId), Credit.person(me), "PRIORITIES_LINKED",
                "Work plan priorities it changed", titles.isEmpty() ? "None" : titles, Visibility.EVERYONE);
    }

    private List<PriorityChoice> choices(long teamId) {
        List<PriorityChoice> all = new ArrayList<>();
        for (PlanSummary plan : workplans.plans()) {
            if (plan.teamId() == teamId) {
                for (PriorityRow p : priorities.planPriorities(plan.id())) {
                    all.add(new PriorityChoice(p.id(), p.title(), plan.yearLabel(), "workplan/priority/" + p.id()));
                }
            }
        }
        return all;
    }
}
