package org.neighbourhoodportal.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.processes.MonthlyHighlightReport;
import org.neighbourhoodportal.reporting.domain.HighlightReport;
import org.neighbourhoodportal.reporting.domain.HighlightReportEvent;
import org.neighbourhoodportal.reporting.domain.HighlightReportEventRepository;
import org.neighbourhoodportal.reporting.domain.HighlightReportPriority;
import org.neighbourhoodportal.reporting.domain.HighlightReportPriorityRepository;
import org.neighbourhoodportal.reporting.domain.HighlightReportRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.time.PortalTime;
import org.neighbourhoodportal.workflow.ProcessService;
import org.neighbourhoodportal.workplan.InvalidInputException;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.PriorityRow;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.UpdateRow;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly highlight reports. Who may do what: an INT's leads start, compile, approve and read every report of their
 * INT, drafts included; its members and its ICB's managers read its published reports; a priority's owner updates
 * that priority for the report they were asked about. Checked here, not only in the views.
 *
 * <p>Every public method checks the caller through {@link ReportPolicy} and throws {@link NotAllowedException} when
 * they may not. What each step of the report's process records (the owner's update, the lead's compiling and
 * approval, reminders, closing the round, publishing) lives in {@code reporting.process}, package-private.
 */
@Service
@Transactional
public class HighlightReportService {

    private static final Logger log = LoggerFactory.getLogger(HighlightReportService.class);
    private static final String THE_PORTAL = "The portal";
    private static final String PRIORITY_SEPARATOR = ": ";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    /** A published report can list every reader's INT at once, but nobody pages through more than this. */
    private static final int MAX_PAGE = 500;

    private final HighlightReportRepository reports;
    private final HighlightReportPriorityRepository priorities;
    private final HighlightReportEventRepository events;
    private final WorkplanService workplan;
    private final DirectoryService directory;
    private final ProcessService processes;
    private final CurrentUser currentUser;
    private final ReportPolicy policy;
    private final ReportingSettings settings;
    private final Clock clock;

    HighlightReportService(HighlightReportRepository reports, HighlightReportPriorityRepository priorities,
                           HighlightReportEventRepository events, WorkplanService workplan,
                           DirectoryService directory, ProcessService processes, CurrentUser currentUser,
                           ReportPolicy policy, ReportingSettings settings, Clock clock) {
        this.policy = policy;
        this.reports = reports;
        this.priorities = priorities;
        this.events = events;
        this.workplan = workplan;
        this.directory = directory;
        this.processes = processes;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /** "November 2026". */
    public static String periodLabel(YearMonth period) {
        return MONTH.format(period);
    }

    /**
     * The plan year a month falls in. Plans run with the NHS financial year, April to March, and are filed under the
     * year they start in: November 2026 and February 2027 both belong to the 2026 plan.
     */
    public static int planYearOf(YearMonth period) {
        return period.getMonthValue() >= 4 ? period.getYear() : period.getYear() - 1;
    }

    // ---- What people do ------------------------------------------------------------------------------------------

    /** One page of the reports the caller may read, newest month first. Signed in only. */
    @Transactional(readOnly = true)
    public List<ReportRow> list(int offset, int limit) {
        AccessProfile me = currentUser.require();
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        List<HighlightReport> found = reports.findVisible(orNone(me.ledTeams()), orNone(me.teamsInView()),
                ReportStatus.PUBLISHED, PageRequest.of(Math.max(0, offset) / size, size));
        Map<Long, String> teams = teamNames(found.stream().map(HighlightReport::getTeamId).toList());
        Map<Long, List<HighlightReportPriority>> rows = found.isEmpty() ? Map.of()
                : priorities.findByReportIdIn(found.stream().map(HighlightReport::getId).toList()).stream()
                .collect(Collectors.groupingBy(HighlightReportPriority::getReportId));
        return found.stream().map(r -> {
            List<HighlightReportPriority> own = rows.getOrDefault(r.getId(), List.of());
            int asked = (int) own.stream().filter(p -> p.getState() != UpdateState.NOT_ASKED).count();
            int updated = (int) own.stream().filter(p -> p.getState() == UpdateState.UPDATED).count();
            return new ReportRow(r.getId(), r.getTeamId(), teams.get(r.getTeamId()), YearMonth.parse(r.getPeriod()),
                    r.getTitle(), r.getStatus(), updated, asked, r.getPublishedAt());
        }).toList();
    }

    /** How many reports {@link #list} pages through. Signed in only. */
    @Transactional(readOnly = true)
    public long count() {
        AccessProfile me = currentUser.require();
        return reports.countVisible(orNone(me.ledTeams()), orNone(me.teamsInView()), ReportStatus.PUBLISHED);
    }

    /**
     * One report with its priorities, history and what it waits on.
     *
     * @throws NotAllowedException "does not exist, or no access" when the caller may not read it (a draft, for anyone
     *         but the INT's leads) or it does not exist
     */
    @Transactional(readOnly = true)
    public ReportDetails details(long reportId) {
        AccessProfile me = currentUser.require();
        HighlightReport report = readable(reportId, me);
        Map<Long, String> names = new HashMap<>();
        List<ReportPriority> rows = priorities.findByReportIdOrderBySortOrderAscIdAsc(reportId).stream()
                .map(HighlightReportService::reportPriority).toList();
        List<ReportHistoryEntry> history = events.findByReportIdOrderByOccurredAtAscIdAsc(reportId).stream()
                .map(e -> new ReportHistoryEntry(e.getOccurredAt(), e.getActorName(), e.getWhat(), e.getDetail()))
                .toList();
        return new ReportDetails(report.getId(), report.getTeamId(), directory.team(report.getTeamId()).name(),
                YearMonth.parse(report.getPeriod()), report.getTitle(), report.getStatus(), report.getCreatedAt(),
                report.getStartedBy() == null ? "The monthly schedule" : name(report.getStartedBy(), names),
                report.getUpdatesDue(), report.getRemindOn(), report.getRemindedAt(), report.getSections(),
                report.getChangesNeeded(), name(report.getCompiledBy(), names), report.getCompiledAt(),
                name(report.getApprovedBy(), names), report.getApprovedAt(), report.getPublishedAt(), rows, history,
                processes.waitingOn(MonthlyHighlightReport.KEY, report.getId().toString()).stream()
                        .map(HighlightReportService::stepName).distinct().toList(),
                me.leads(report.getTeamId()));
    }

    /** The INTs the caller leads that have a work plan for this month and no report for it yet. Signed in only. */
    @Transactional(readOnly = true)
    public List<TeamSummary> teamsToStartThisMonth() {
        AccessProfile me = currentUser.require();
        YearMonth month = YearMonth.now(clock);
        Set<Long> withPlan = workplan.plansOfYear(planYearOf(month)).stream().map(PlanSummary::teamId)
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

    /**
     * A published report as a Word or Excel file, for anyone who may read it.
     *
     * @throws NotAllowedException when the caller may not read it, or it is not published yet
     */
    @Transactional(readOnly = true)
    public ReportDocument download(long reportId, ReportFormat format) {
        ReportDetails report = details(reportId);
        if (!report.isPublished()) {
            throw new NotAllowedException("A report can be downloaded once it is published.");
        }
        byte[] content = switch (format) {
            case WORD -> ReportWordWriter.write(report, clock.getZone());
            case EXCEL -> ReportExcelWriter.write(report, clock.getZone());
        };
        String name = (report.teamName() + " highlight report " + report.period())
                .replaceAll("[^A-Za-z0-9 ._-]", "").replaceAll("\\s+", " ").trim();
        return new ReportDocument(name + "." + format.extension(), format.contentType(), content);
    }

    /**
     * What an owner's update task is about; the owner asked, or one of the INT's leads. For the record beside the task
     * and for the values its form starts with.
     *
     * @throws NotAllowedException when the update is no longer asked for, or was asked of someone else
     */
    @Transactional(readOnly = true)
    public UpdateRequest updateRequest(String taskId) {
        AccessProfile me = currentUser.require();
        HighlightReportPriority row = priorities.findByTaskId(taskId)
                .orElseThrow(() -> new NotAllowedException("That update is not asked for any more."));
        HighlightReport report = reports.findById(row.getReportId()).orElseThrow();
        policy.requireAsked(me, row, report);
        var priority = workplan.priority(row.getPriorityId());
        List<UpdateRow> recent = priority.updates().stream().limit(3).toList();
        return new UpdateRequest(report.getId(), report.getTitle(), report.getUpdatesDue(), row.getPriorityId(),
                row.getTitle(), priority.priority().rag(), priority.priority().ragReason(), row.getState(), recent);
    }

    /**
     * The report as the lead starts compiling it: what they compiled before if it was sent back for changes,
     * otherwise drafted from the owners' updates.
     *
     * @throws NotAllowedException unless the caller leads the report's INT
     */
    @Transactional(readOnly = true)
    public ReportSections compileDraft(long reportId) {
        AccessProfile me = currentUser.require();
        HighlightReport report = load(reportId);
        policy.requireLead(me, report.getTeamId());
        ReportSections compiled = report.getSections();
        return compiled != null ? compiled : draft(priorities.findByReportIdOrderBySortOrderAscIdAsc(reportId));
    }

    /**
     * Report titles for the inbox, by id, of the reports of the caller's own INTs (an owner asked for an update sees
     * which report it is for, though not the draft); the others are left out.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public Map<Long, String> titles(Collection<Long> reportIds) {
        AccessProfile me = currentUser.require();
        return reports.findByIdIn(reportIds).stream().filter(r -> policy.mayKnowOf(me, r))
                .collect(Collectors.toMap(HighlightReport::getId, HighlightReport::getTitle));
    }

    /**
     * Which of these reports the caller may open (an owner asked for an update cannot open a draft).
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public Set<Long> readableByMe(Collection<Long> reportIds) {
        AccessProfile me = currentUser.require();
        return reports.findByIdIn(reportIds).stream().filter(r -> policy.mayRead(me, r)).map(HighlightReport::getId)
                .collect(Collectors.toSet());
    }

    // ---- What each step of the report records (called from the report's process) --------------------------------

    /** "Update your priority for the highlight report: Mental health initiatives". */
    public static String updateTaskName(String stepName, String priorityTitle) {
        return stepName + PRIORITY_SEPARATOR + priorityTitle;
    }

    /** A step's name without the priority an update task names, so a report waits on each step once. */
    static String stepName(String taskName) {
        int at = taskName.indexOf(PRIORITY_SEPARATOR);
        return at < 0 ? taskName : taskName.substring(0, at);
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
        List<Long> due = workplan.plansOfYear(planYearOf(month)).stream().map(PlanSummary::teamId).distinct()
                .filter(teamId -> reports.findByTeamIdAndPeriod(teamId, month.toString()).isEmpty())
                .sorted().toList();
        log.info("Highlight reports for {}: {} INT(s) due one", periodLabel(month), due.size());
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

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** Creates the report record, its priorities and their owners, then starts its process in the same transaction. */
    private long start(long teamId, YearMonth month, Long startedBy, String startedByName) {
        TeamSummary team = directory.team(teamId);
        int planYear = planYearOf(month);
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
                team.name() + " – " + periodLabel(month), due, remindOn, startedBy, now));
        List<Map<String, Object>> requests = new ArrayList<>();
        int order = 0;
        for (PriorityRow priority : workplan.planPriorities(plan.id())) {
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
        record(report.getId(), startedByName, "Report started", requests.isEmpty()
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

    /** The report as drafted from the owners' updates, for the lead to edit. */
    static ReportSections draft(List<HighlightReportPriority> rows) {
        List<String> summary = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        List<String> done = new ArrayList<>();
        List<String> next = new ArrayList<>();
        List<String> learning = new ArrayList<>();
        List<String> help = new ArrayList<>();
        List<String> issues = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (HighlightReportPriority row : rows) {
            boolean updated = row.getState() == UpdateState.UPDATED;
            Rag rag = updated ? row.getRag() : row.getRagAtStart();
            summary.add(summaryLine(row.getTitle(), rag, updated ? row.getRagReason() : null,
                    row.getState() == UpdateState.NOT_UPDATED));
            if (updated) {
                if (row.getRag() == Rag.BLUE && row.getRagAtStart() != Rag.BLUE) {
                    outcomes.add(row.getTitle() + ": completed this month.");
                }
                done.add(row.getTitle() + ": " + keepLines(row.getProgress()));
                next.add(row.getTitle() + ": " + keepLines(row.getNextMonth()));
                addIfGiven(learning, row.getTitle(), row.getLearning());
                addIfGiven(help, row.getTitle(), row.getHelpNeeded());
                addIfGiven(issues, row.getTitle(), row.getIssuesRisks());
            }
            if (row.getState() == UpdateState.NOT_UPDATED) {
                missed.add(titleAndOwner(row));
            }
        }
        long asked = rows.stream().filter(p -> p.getState() != UpdateState.NOT_ASKED).count();
        String missedText = missed.isEmpty()
                ? (asked == 0 ? "" : "Every owner updated their priority in time.")
                : "Not updated by the deadline:\n" + bullets(missed);
        return new ReportSections(bullets(summary), bullets(outcomes), bullets(done), bullets(next),
                bullets(learning), bullets(help), bullets(issues), missedText);
    }

    private static void addIfGiven(List<String> lines, String title, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(title + ": " + keepLines(text));
        }
    }

    private static String bullets(List<String> lines) {
        return lines.stream().map(l -> "• " + l).collect(Collectors.joining("\n"));
    }

    /**
     * One point of the priorities' summary: "title – Amber – at risk: reason". The Word document leaves out the
     * lines that say only what its priorities table says, so both use this.
     */
    static String summaryLine(String title, Rag rag, String reason, boolean notUpdated) {
        String line = title + " – " + rag.describe();
        if (reason != null && !reason.isBlank()) {
            line += ": " + keepLines(reason);
        }
        if (notUpdated) {
            line += " (not updated this month)";
        }
        return line;
    }

    /**
     * An owner's answer inside one point of a section: the lines they typed stay lines, indented under the point
     * (the documents print them as line breaks within it); empty lines are dropped.
     */
    static String keepLines(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().lines().map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining("\n  "));
    }

    private static String titleAndOwner(HighlightReportPriority row) {
        return row.getTitle() + " (" + (row.getOwnerName() == null ? "the INT's leads" : row.getOwnerName()) + ")";
    }

    private HighlightReport load(long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new NotAllowedException(ReportPolicy.NOT_FOUND));
    }

    private HighlightReport readable(long reportId, AccessProfile me) {
        HighlightReport report = load(reportId);
        policy.requireRead(me, report);
        return report;
    }

    private void record(long reportId, String who, String what, String detail) {
        events.save(new HighlightReportEvent(reportId, clock.instant(), who, what, detail));
    }

    private static ReportPriority reportPriority(HighlightReportPriority p) {
        return new ReportPriority(p.getPriorityId(), p.getTitle(), p.getOwnerId(), p.getOwnerName(),
                p.getRagAtStart(), p.getState(), p.getRag(), p.getRagReason(), p.getProgress(), p.getNextMonth(),
                p.getLearning(), p.getHelpNeeded(), p.getIssuesRisks(), p.getUpdatedByName(), p.getUpdatedAt());
    }

    private String name(Long personId, Map<Long, String> cache) {
        return personId == null ? null : cache.computeIfAbsent(personId, directory::personName);
    }

    private Map<Long, String> teamNames(Collection<Long> ids) {
        return directory.teams(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
    }

    /** An IN list that is never empty (an empty one is not valid SQL everywhere). */
    private static Collection<Long> orNone(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
