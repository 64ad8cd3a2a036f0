package org.neighbourhoodportal.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.TeamSummary;
import org.neighbourhoodportal.processes.MonthlyHighlightReport;
import org.neighbourhoodportal.reporting.domain.HighlightReport;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.TimelineEntry;
import org.neighbourhoodportal.reporting.domain.HighlightReportPriority;
import org.neighbourhoodportal.reporting.domain.HighlightReportPriorityRepository;
import org.neighbourhoodportal.reporting.domain.HighlightReportRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.workflow.ProcessService;
import org.neighbourhoodportal.workplan.PriorityService;
import org.neighbourhoodportal.workplan.UpdateRow;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly highlight reports, as people read them: the list, one report, its documents, an owner's update request and
 * the lead's draft. Who may do what: an INT's leads start, compile, approve and read every report of their INT,
 * drafts included; its members and its ICB's managers read its published reports; a priority's owner updates that
 * priority for the report they were asked about. Checked here, not only in the views.
 *
 * <p>Every public method checks the caller through {@link ReportPolicy} and throws {@link NotAllowedException} when
 * they may not. Starting a month's report is {@link ReportStartService}; the draft's wording is {@code ReportDrafts};
 * what each step of the report's process records (the owner's update, the lead's compiling and approval, reminders,
 * closing the round, publishing) lives in {@code reporting.process}, package-private.
 */
@Service
@Transactional
public class HighlightReportService {

    private static final String PRIORITY_SEPARATOR = ": ";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    /** A published report can list every reader's INT at once, but nobody pages through more than this. */
    private static final int MAX_PAGE = 500;

    private final HighlightReportRepository reports;
    private final HighlightReportPriorityRepository priorities;
    private final Timeline timeline;
    private final PriorityService priorityService;
    private final DirectoryService directory;
    private final ProcessService processes;
    private final CurrentUser currentUser;
    private final ReportPolicy policy;
    private final Clock clock;

    HighlightReportService(HighlightReportRepository reports, HighlightReportPriorityRepository priorities,
                           Timeline timeline, PriorityService priorityService,
                           DirectoryService directory, ProcessService processes, CurrentUser currentUser,
                           ReportPolicy policy, Clock clock) {
        this.policy = policy;
        this.reports = reports;
        this.priorities = priorities;
        this.timeline = timeline;
        this.priorityService = priorityService;
        this.directory = directory;
        this.processes = processes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A month as people read it: "November 2026". No access to check. */
    public static String periodLabel(YearMonth period) {
        return MONTH.format(period);
    }

    /**
     * The plan year a month falls in. Plans run with the NHS financial year, April to March, and are filed under the
     * year they start in: November 2026 and February 2027 both belong to the 2026 plan. No access to check.
     */
    public static int planYearOf(YearMonth period) {
        return period.getMonthValue() >= 4 ? period.getYear() : period.getYear() - 1;
    }

    // ---- What people do ------------------------------------------------------------------------------------------

    /**
     * One page of the reports the caller may read, newest month first: every report of the INTs they lead, drafts
     * included, and the published reports of the other INTs they read; at most 500 rows a page. A fixed number of
     * statements whatever the page's length. For anyone signed in; someone who reads no INT gets an empty page.
     *
     * @throws NotAllowedException when nobody is signed in
     */
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

    /**
     * How many reports {@link #list} pages through. For anyone signed in.
     *
     * @throws NotAllowedException when nobody is signed in
     */
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
        List<TimelineEntry> history = timeline.entries(ReportTimelines.report(reportId), true);
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
        var priority = priorityService.priority(row.getPriorityId());
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
        return compiled != null ? compiled
                : ReportDrafts.draft(priorities.findByReportIdOrderBySortOrderAscIdAsc(reportId));
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

    /**
     * An owner's update task's name with the priority it is about: "Update your priority for the highlight report:
     * Mental health initiatives". No access to check.
     */
    public static String updateTaskName(String stepName, String priorityTitle) {
        return stepName + PRIORITY_SEPARATOR + priorityTitle;
    }

    /** A step's name without the priority an update task names, so a report waits on each step once. */
    static String stepName(String taskName) {
        int at = taskName.indexOf(PRIORITY_SEPARATOR);
        return at < 0 ? taskName : taskName.substring(0, at);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private HighlightReport load(long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new NotAllowedException(ReportPolicy.NOT_FOUND));
    }

    private HighlightReport readable(long reportId, AccessProfile me) {
        HighlightReport report = load(reportId);
        policy.requireRead(me, report);
        return report;
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

}
