package org.neighbourhoodportal.workplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.OrganisationSummary;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.workplan.domain.Workplan;
import org.neighbourhoodportal.workplan.domain.WorkplanRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The INT's work plans themselves: which plans there are, starting one, and what a plan's pages offer to choose from
 * (tags, people, organisations). The rest of the work plan has a service each: {@link PriorityService} (priorities),
 * {@link ActionRiskService} (actions, risks and issues), {@link ProgressService} (status updates and baselines) and
 * {@link BacklogService} (a team's backlog); what they share lives in {@code PlanRecords}.
 *
 * <p>Who may do what is decided in {@link WorkplanPolicy} (the INT lead edits priorities and baselines; a priority's
 * lead and the owners of its actions keep their part current; members and the ICB's managers read); every public
 * method asks it about the signed-in person, and throws {@link NotAllowedException} when they may not. A plan the
 * caller may not read is refused in the same words as one that does not exist.
 */
@Service
@Transactional
public class WorkplanService {

    private final WorkplanRepository plans;
    private final DirectoryService directory;
    private final CurrentUser currentUser;
    private final WorkplanPolicy policy;
    private final PlanRecords records;
    private final Clock clock;

    WorkplanService(WorkplanRepository plans, DirectoryService directory, CurrentUser currentUser,
                    WorkplanPolicy policy, PlanRecords records, Clock clock) {
        this.plans = plans;
        this.directory = directory;
        this.currentUser = currentUser;
        this.policy = policy;
        this.records = records;
        this.clock = clock;
    }

    /** The plans the caller may read, newest year first. */
    @Transactional(readOnly = true)
    public List<PlanSummary> plans() {
        AccessProfile me = currentUser.require();
        Map<Long, String> teamNames = records.teamNames(me.teamsInView());
        return plans.findByTeamIdInOrderByPlanYearDesc(me.teamsInView()).stream()
                .map(p -> records.summary(p, teamNames.get(p.getTeamId())))
                .sorted(Comparator.comparing(PlanSummary::teamName).thenComparing(PlanSummary::year,
                        Comparator.reverseOrder()))
                .toList();
    }

    @Transactional(readOnly = true)
    public PlanSummary plan(long planId) {
        return records.summary(records.readablePlan(planId));
    }

    /** Starts a team's plan for a year; one plan per INT per year. */
    public PlanSummary createPlan(long teamId, int year) {
        policy.requireLead(teamId);
        if (plans.findByTeamIdAndPlanYear(teamId, year).isPresent()) {
            throw new InvalidInputException(List.of(new FieldError("year", "Year",
                    "This team already has a plan for " + year + ".")));
        }
        TeamSummary team = directory.team(teamId);
        Workplan plan = plans.save(new Workplan(teamId, year,
                team.name() + " work plan " + year + "/" + String.format("%02d", (year + 1) % 100), clock.instant()));
        return records.summary(plan, team.name());
    }

    /** What priorities in this plan can be tagged with: the reference frameworks, then the team's own objectives. */
    @Transactional(readOnly = true)
    public List<TagGroup> tagGroups(long planId) {
        return records.tagGroupsOfTeam(records.readablePlan(planId).getTeamId());
    }

    @Transactional(readOnly = true)
    public List<PersonOption> people(long planId) {
        return directory.teamPeople(records.readablePlan(planId).getTeamId());
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations(long planId) {
        return directory.memberOrganisations(records.readablePlan(planId).getTeamId());
    }

    /** Whether the caller leads the plan's team (and so may change priorities and take baselines). */
    @Transactional(readOnly = true)
    public boolean canEditPlan(long planId) {
        return currentUser.require().leads(records.readablePlan(planId).getTeamId());
    }

    /**
     * Today's date in the portal's zone (Europe/London unless configured), for views that mark what is overdue. For
     * anyone signed in.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    public LocalDate today() {
        currentUser.require();
        return LocalDate.now(clock);
    }

    /**
     * The plan year today falls in: plans run from April to March and carry the year they start in.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    public int currentPlanYear() {
        policy.me();
        LocalDate today = LocalDate.now(clock);
        return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    }

    /** The teams the caller leads that have no plan for the current plan year yet: each may start one. */
    @Transactional(readOnly = true)
    public List<TeamSummary> teamsWithoutCurrentPlan() {
        int year = currentPlanYear();
        return directory.teams(currentUser.require().ledTeams()).stream()
                .filter(t -> plans.findByTeamIdAndPlanYear(t.id(), year).isEmpty())
                .toList();
    }

    /**
     * The plans of a year that the caller may read, by team name: every team's for the process engine (the monthly
     * highlight report's schedule), the teams in view for a person.
     *
     * @throws NotAllowedException when nobody is signed in and the engine is not the caller
     */
    @Transactional(readOnly = true)
    public List<PlanSummary> plansOfYear(int year) {
        boolean engine = policy.isEngine();
        AccessProfile me = engine ? null : policy.me();
        List<Workplan> found = plans.findByPlanYear(year).stream()
                .filter(p -> engine || policy.mayRead(me, p.getTeamId())).toList();
        Map<Long, String> teamNames = records.teamNames(found.stream().map(Workplan::getTeamId)
                .collect(Collectors.toSet()));
        return found.stream().map(p -> records.summary(p, teamNames.get(p.getTeamId())))
                .sorted(Comparator.comparing(PlanSummary::teamName)).toList();
    }
}
