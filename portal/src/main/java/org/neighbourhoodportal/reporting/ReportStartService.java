package org.neighbourhoodportal.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.processes.MonthlyHighlightReport;
import org.neighbourhoodportal.reporting.domain.HighlightReport;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.neighbourhoodportal.reporting.domain.HighlightReportPriority;
import org.neighbourhoodportal.reporting.domain.HighlightReportPriorityRepository;
import org.neighbourhoodportal.reporting.domain.HighlightReportRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.workflow.ProcessService;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.neighbourhoodportal.workplan.PriorityService;

/**
 * Starting a month's highlight report: by an INT lead for their INT ({@link #startThisMonth}), or by the monthly
 * schedule for every INT whose plan covers the month ({@link #teamsDueAScheduledReport},
 * {@link #startScheduledReport}). Starting writes the report, its priorities and owners, and starts its process in
 * the same transaction. Access through {@link ReportPolicy}; refusals are {@link NotAllowedException}.
 */
@Service
@Transactional
public class ReportStartService {

    private static final Logger log = LoggerFactory.getLogger(ReportStartService.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final HighlightReportRepository reports;
    private final HighlightReportPriorityRepository priorities;
    private final Timeline timeline;
    private final WorkplanService workplan;
    private final PriorityService priorityService;
    private final DirectoryService directory;
    private final ProcessService processes;
    private final CurrentUser currentUser;
    private final ReportPolicy policy;
    private final ReportingSettings settings;
    private final Clock clock;

    ReportStartService(HighlightReportRepository reports, HighlightReportPriorityRepository priorities,
                       Timeline timeline, WorkplanService workplan,
                       PriorityService priorityService, DirectoryService directory, ProcessService processes,
                       CurrentUser currentUser, ReportPolicy policy, ReportingSettings settings, Clock clock) {
        this.reports = reports;
        this.priorities = priorities;
        this.timeline = timeline;
        this.workplan = workplan;
        this.priorityService = priorityService;
        this.directory = directory;
        this.processes = processes;
        this.currentUser = currentUser;
        this.policy = policy;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The INTs the caller leads that have a work plan for this month and no report for it yet: each may start one.
     * Empty for anyone who leads no INT.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public List<TeamSummary> teamsToStartThisMonth() {
        AccessProfile me = currentUser.require();
        YearMonth month = YearMonth.now(clock);
        Set<Long> withPlan = workplan.plansOfYear(HighlightReportService.planYearOf(month)).stream()
                .map(PlanSummary::teamId)
                .collect(Collectors.toSet());
        return directory.teams(me.ledTeams()).stream()
                .filter(t -> withPlan.contains(t.id()))
                .filter(t -> reports.findByTeamIdAndPeriod(t.id(), month.toString()).isEmpty())
                .toList();
    }

    /**
     * An INT lead starts this month's report by hand, e.g. when the INT is new or the schedule is off. If the month
     * already has one, that one is returned and nothing new starts.
     *
     * @return the id of this month's report
     * @throws NotAllowedException unless the caller leads the INT
     * @throws IllegalArgumentException when the INT has no work plan for this month
     */
    public long startThisMonth(long teamId) {
        AccessProfile me = currentUser.require();
        policy.requireLead(me, teamId);
        YearMonth month = YearMonth.now(clock);
        return reports.findByTeamIdAndPeriod(teamId, month.toString()).map(HighlightReport::getId)
                .orElseGet(() -> start(teamId, month, me.personId(), me.displayName()));
    }

    // ---- What the engine does with nobody signed in -------------------------------------------------------------

    /**
     * The INTs the monthly schedule starts a report for: every INT whose work plan covers the month and that has no
     * report for it yet. The schedule then starts each one's report in a job of its own
     * ({@link #startScheduledReport}), so one INT that fails stops no other.
     *
     * @return team ids, in a stable order
     * @throws NotAllowedException unless the process engine is the caller
     */
    @Transactional(readOnly = true)
    public List<Long> teamsDueAScheduledReport(YearMonth month) {
        policy.requireEngine();
        List<Long> due = workplan.plansOfYear(HighlightReportService.planYearOf(month)).stream()
                .map(PlanSummary::teamId).distinct()
                .filter(teamId -> reports.findByTeamIdAndPeriod(teamId, month.toString()).isEmpty())
                .sorted().toList();
        log.info("Highlight reports for {}: {} INT(s) due one", HighlightReportService.periodLabel(month), due.size());
        return due;
    }

    /**
     * Starts one INT's report for the month, unless it has one already: safe to run twice (a job tried again, two
     * nodes). Public because a person's {@link #startThisMonth} shares the start; only the monthly schedule's
     * delegate may call it.
     *
     * @return the id of the month's report, new or existing
     * @throws NotAllowedException unless the process engine is the caller
     * @throws IllegalArgumentException when the INT has no work plan for the month (the job fails and is shown to
     *         administrators)
     */
    public long startScheduledReport(long teamId, YearMonth month) {
        policy.requireEngine();
        return reports.findByTeamIdAndPeriod(teamId, month.toString()).map(HighlightReport::getId)
                .orElseGet(() -> start(teamId, month, null, "The monthly schedule"));
    }

    /** Creates the report record, its priorities and their owners, then starts its process in the same transaction. */
    private long start(long teamId, YearMonth month, Long startedBy, String startedByName) {
        TeamSummary team = directory.team(teamId);
        int planYear = HighlightReportService.planYearOf(month);
        PlanSummary plan = workplan.plansOfYear(planYear).stream().filter(p -> p.teamId() == teamId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(team.name() + " has no work plan for " + planYear
                        + "/" + String.format("%02d", (planYear + 1) % 100) + ", so there is nothing to report on."));
        Instant now = clock.instant();
        Instant due = PortalTime.after(now, settings.updateWithin(), clock);
        Instant remindOn = PortalTime.before(due, settings.remindBefore(), clock);
        if (remindOn.isBefore(now)) {
            remindOn = now;
        }
        HighlightReport report = reports.save(new HighlightReport(teamId, plan.id(), month.toString(),
                team.name() + " – " + HighlightReportService.periodLabel(month), due, remindOn, startedBy, now));
        List<Map<String, Object>> requests = new ArrayList<>();
        int order = 0;
        for (PriorityRow priority : priorityService.planPriorities(plan.id())) {
            boolean asked = priority.rag() != Rag.BLUE;
            priorities.save(new HighlightReportPriority(report.getId(), priority.id(), priority.title(),
                    priority.leadPersonId(), priority.leadPerson(), ++order, priority.rag(), asked));
            if (asked) {
                Map<String, Object> request = new HashMap<>();
                request.put(MonthlyHighlightReport.REQUEST_PRIORITY_ID, Long.toString(priority.id()));
                request.put(MonthlyHighlightReport.REQUEST_ASSIGNEE,
                        priority.leadPersonId() == null ? null : priority.leadPersonId().toString());
                request.put(MonthlyHighlightReport.REQUEST_CANDIDATE_GROUPS, priority.leadPersonId() == null
                        ? new ArrayList<>(List.of(WorkGroups.teamLeads(teamId))) : new ArrayList<String>());
                requests.add(request);
            }
        }
        record(report.getId(), startedBy == null ? Credit.step(startedByName) : new Credit(startedBy, startedByName),
                "STARTED", "Report started", requests.isEmpty()
                ? "No priority needs an update this month."
                : "Updates asked of the owners of " + requests.size() + " priorit" + (requests.size() == 1 ? "y" : "ies")
                + ", due by " + DAY.format(due.atZone(clock.getZone())) + ".");

        Map<String, Object> variables = new HashMap<>();
        variables.put(MonthlyHighlightReport.VAR_REPORT_ID, report.getId());
        variables.put(MonthlyHighlightReport.VAR_TEAM_ID, teamId);
        variables.put(MonthlyHighlightReport.VAR_LEAD_GROUP, WorkGroups.teamLeads(teamId));
        variables.put(MonthlyHighlightReport.VAR_UPDATE_REQUESTS, requests);
        variables.put(MonthlyHighlightReport.VAR_UPDATES_DUE, Date.from(due));
        variables.put(MonthlyHighlightReport.VAR_REMIND_ON, Date.from(remindOn));
        processes.start(MonthlyHighlightReport.KEY, report.getId().toString(), variables);
        return report.getId();
    }

    private void record(long reportId, Credit by, String kind, String what, String detail) {
        timeline.append(ReportTimelines.report(reportId), by, kind, what, detail, Visibility.EVERYONE);
    }
}
