package org.neighbourhoodportal.maturity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.maturity.domain.Assessment;
import org.neighbourhoodportal.maturity.domain.AssessmentRepository;
import org.neighbourhoodportal.maturity.domain.DomainEntry;
import org.neighbourhoodportal.maturity.domain.DomainEntryRepository;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityDraft;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From gap to plan: for each domain whose target stage is above its current stage, the portal proposes a work plan
 * priority tagged to that domain, pre-filled from the gap and the support asked for; the INT lead accepts (perhaps
 * after editing), or declines it. The team's priorities already tagged to the domain come first, so the lead does
 * not duplicate them. The priority is made through the work plan's own {@link PriorityService}, with its checks.
 * Only the team's leads.
 */
@Service
@Transactional
public class GapToPlanService {

    static final int TITLE_LENGTH = 200;
    static final int WHY_LENGTH = 4000;

    private final MaturityService maturity;
    private final MaturityPolicy policy;
    private final AssessmentRepository assessments;
    private final DomainEntryRepository entries;
    private final PriorityService priorities;
    private final WorkplanService workplans;
    private final Timeline timeline;
    private final Clock clock;

    GapToPlanService(MaturityService maturity, MaturityPolicy policy, AssessmentRepository assessments,
                     DomainEntryRepository entries, PriorityService priorities, WorkplanService workplans,
                     Timeline timeline, Clock clock) {
        this.maturity = maturity;
        this.policy = policy;
        this.assessments = assessments;
        this.entries = entries;
        this.priorities = priorities;
        this.workplans = workplans;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * The proposals for an assessment: one per domain with a gap, in the framework's order.
     *
     * @throws NotAllowedException unless the caller leads the assessment's INT ("does not exist, or no access" when
     *                             they may not read it)
     */
    @Transactional(readOnly = true)
    public List<GapProposal> proposals(long assessmentId) {
        Assessment assessment = lead(assessmentId);
        AssessmentDetails details = maturity.assessment(assessmentId);
        Map<Long, DomainEntry> byDomain = entries.findByAssessmentIdOrderByDomainId(assessmentId).stream()
                .collect(Collectors.toMap(DomainEntry::getDomainId, e -> e));
        List<PriorityRow> teamPriorities = priorities.prioritiesOfTeam(assessment.getTeamId());
        return details.domains().stream().filter(AssessmentDetails.DomainRow::hasGap).map(row -> {
            DomainEntry entry = byDomain.get(row.domainId());
            List<PriorityRow> serving = teamPriorities.stream().filter(p -> p.tags().stream().anyMatch(t ->
                    t.frameworkCode().equals(details.framework().code()) && t.code().equals(row.code()))).toList();
            return new GapProposal(row.domainId(), row.domain(), row.current().label(), row.target().label(),
                    cut(row.domain() + ": from " + row.current().label() + " to " + row.target().label(), TITLE_LENGTH),
                    cut("From the " + details.period() + " maturity self-assessment: the team is at "
                            + row.current().label() + " in " + row.domain() + " and aims for " + row.target().label()
                            + "." + (row.supportNeeded() == null ? "" : " Support asked for: " + row.supportNeeded()),
                            WHY_LENGTH),
                    serving, entry.getGapDecision(), entry.getGapPriorityId());
        }).toList();
    }

    /**
     * The lead accepts the proposal (as proposed or edited): a priority tagged to the domain is added to the team's
     * newest work plan, status green, running from today for a year.
     *
     * @return the new priority's id
     * @throws NotAllowedException  unless the caller leads the INT
     * @throws AssessmentRefusedException when the domain has no gap, is already decided, or the team has no work plan
     * @throws org.neighbourhoodportal.workplan.InvalidInputException when the work plan refuses the title or text
     */
    public long accept(long assessmentId, long domainId, String title, String whyItMatters) {
        AccessProfile me = policy.me();
        Assessment assessment = lead(assessmentId);
        DomainEntry entry = undecided(assessmentId, domainId);
        PlanSummary plan = workplans.plans().stream().filter(p -> p.teamId() == assessment.getTeamId())
                .max(Comparator.comparingInt(PlanSummary::year))
                .orElseThrow(() -> new AssessmentRefusedException("The team has no work plan yet: create one first."));
        LocalDate today = LocalDate.now(clock);
        long priorityId = priorities.savePriority(new PriorityDraft(null, plan.id(), title, whyItMatters, null, null,
                today, today.plusYears(1).minusDays(1), Rag.GREEN, null, Set.of(domainId), null));
        entry.gapAccepted(priorityId);
        timeline.append(MaturityTimelines.assessment(assessmentId), Credit.person(me), "GAP_TO_PLAN",
                "Work plan priority added", title, Visibility.INTERNAL);
        return priorityId;
    }

    /**
     * The lead declines the proposal for this domain (perhaps because an existing priority serves it).
     *
     * @throws NotAllowedException  unless the caller leads the INT
     * @throws AssessmentRefusedException when the domain has no gap or is already decided
     */
    public void decline(long assessmentId, long domainId) {
        AccessProfile me = policy.me();
        lead(assessmentId);
        DomainEntry entry = undecided(assessmentId, domainId);
        entry.gapDeclined();
        timeline.append(MaturityTimelines.assessment(assessmentId), Credit.person(me), "GAP_DECLINED",
                "Proposed priority declined", null, Visibility.INTERNAL);
    }

    private Assessment lead(long assessmentId) {
        Assessment assessment = assessments.findById(assessmentId)
                .orElseThrow(() -> new NotAllowedException(MaturityPolicy.NOT_FOUND));
        policy.requireLead(policy.me(), assessment);
        return assessment;
    }

    private DomainEntry undecided(long assessmentId, long domainId) {
        DomainEntry entry = entries.findByAssessmentIdAndDomainId(assessmentId, domainId)
                .orElseThrow(() -> new NotAllowedException(MaturityPolicy.NOT_FOUND));
        if (maturity.assessment(assessmentId).domains().stream().noneMatch(d -> d.domainId() == domainId && d.hasGap())) {
            throw new AssessmentRefusedException("This domain's target is not above where the team is now.");
        }
        if (entry.getGapDecision() != null) {
            throw new AssessmentRefusedException("This proposal has already been "
                    + entry.getGapDecision().toLowerCase() + ".");
        }
        return entry;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
