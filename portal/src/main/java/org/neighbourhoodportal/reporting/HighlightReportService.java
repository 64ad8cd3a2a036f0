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
 * <p>People act through the first group of methods, which check the caller; the steps of the report's process record
 * through the second (the owner's update and the lead's compiling and approval arrive through the task completion,
 * with the person who acted); the engine calls the third, with nobody signed in, after a timer.
 */
@Service
@Transactional
public class HighlightReportService {

    private static final Logger log = LoggerFactory.getLogger(HighlightReportService.class);
    private static final String NOT_FOUND = "That report does not exist, or you do not have access to it.";
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
    private final ReportingSettings settings;
    private final Clock clock;

    HighlightReportService(HighlightReportRepository reports, HighlightReportPriorityRepository priorities,
                           HighlightReportEventRepository events, WorkplanService workplan,
                           DirectoryService directory, ProcessService processes, CurrentUser currentUser,
                           ReportingSettings settings, Clock clock) {
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

    /** The reports the caller may read, newest month first. */
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

    @Transactional(readOnly = true)
    public long count() {
        AccessProfile me = currentUser.require();
        return reports.countVisible(orNone(me.ledTeams()), orNone(me.teamsInView()), ReportStatus.PUBLISHED);
    }

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

    /** The INTs the caller leads that have a work plan for this month and no report for it yet. */
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
     */
    public long startThisMonth(long teamId) {
        AccessProfile me = currentUser.require();
        if (!me.leads(teamId)) {
            throw new NotAllowedException("Only the INT's leads can start its highlight report.");
        }
        YearMonth month = YearMonth.now(clock);
        return reports.findByTeamIdAndPeriod(teamId, month.toString()).map(HighlightReport::getId)
                .orElseGet(() -> start(teamId, month, me.personId(), me.displayName()));
    }

    /** A published report as a Word or Excel file. */
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
     */
    @Transactional(readOnly = true)
    public UpdateRequest updateRequest(String taskId) {
        AccessProfile me = currentUser.require();
        HighlightReportPriority row = priorities.findByTaskId(taskId)
                .orElseThrow(() -> new NotAllowedException("That update is not asked for any more."));
        HighlightReport report = reports.findById(row.getReportId()).orElseThrow();
        requireAsked(row, report, me);
        var priority = workplan.priority(row.getPriorityId());
        List<UpdateRow> recent = priority.updates().stream().limit(3).toList();
        return new UpdateRequest(report.getId(), report.getTitle(), report.getUpdatesDue(), row.getPriorityId(),
                row.getTitle(), priority.priority().rag(), priority.priority().ragReason(), row.getState(), recent);
    }

    /**
     * The report as the lead starts compiling it: what they compiled before if it was sent back for changes,
     * otherwise drafted from the owners' updates.
     */
    @Transactional(readOnly = true)
    public ReportSections compileDraft(long reportId) {
        AccessProfile me = currentUser.require();
        HighlightReport report = load(reportId);
        requireLead(report, me);
        ReportSections compiled = report.getSections();
        return compiled != null ? compiled : draft(priorities.findByReportIdOrderBySortOrderAscIdAsc(reportId));
    }

    /** Report titles for the inbox. */
    @Transactional(readOnly = true)
    public Map<Long, String> titles(Collection<Long> reportIds) {
        return reports.findByIdIn(reportIds).stream()
                .collect(Collectors.toMap(HighlightReport::getId, HighlightReport::getTitle));
    }

    /** Which of these reports the caller may open (an owner asked for an update cannot open a draft). */
    @Transactional(readOnly = true)
    public Set<Long> readableByMe(Collection<Long> reportIds) {
        AccessProfile me = currentUser.require();
        return reports.findByIdIn(reportIds).stream().filter(r -> mayRead(me, r)).map(HighlightReport::getId)
                .collect(Collectors.toSet());
    }

    // ---- What each step of the report records (called from the report's process) --------------------------------

    /**
     * The engine created the task asking for this priority's update. Safe to run twice.
     *
     * @return the priority's title, which the task's name ends with so an owner of several priorities can tell
     *         their tasks apart
     */
    public String updateRequested(long reportId, long priorityId, String taskId) {
        HighlightReportPriority row = priorities.findByReportIdAndPriorityId(reportId, priorityId)
                .orElseThrow(() -> new IllegalStateException("Report " + reportId + " does not ask about priority "
                        + priorityId));
        row.askedThrough(taskId);
        return row.getTitle();
    }

    /** "Update your priority for the highlight report: Mental health initiatives". */
    public static String updateTaskName(String stepName, String priorityTitle) {
        return stepName + PRIORITY_SEPARATOR + priorityTitle;
    }

    /** A step's name without the priority an update task names, so a report waits on each step once. */
    static String stepName(String taskName) {
        int at = taskName.indexOf(PRIORITY_SEPARATOR);
        return at < 0 ? taskName : taskName.substring(0, at);
    }

    /**
     * The owner (or, for a priority without a lead person, an INT lead) gives the month's update. It also goes onto
     * the priority in the work plan, with its status, as an update by them.
     */
    public void updateGiven(long reportId, String taskId, OwnerUpdate update, AccessProfile actor) {
        HighlightReportPriority row = priorities.findByTaskId(taskId).filter(r -> r.getReportId() == reportId)
                .orElseThrow(() -> new NotAllowedException("That update is not asked for any more."));
        HighlightReport report = load(reportId);
        requireAsked(row, report, actor);
        if (row.getState() != UpdateState.WAITING || report.getStatus() != ReportStatus.COLLECTING_UPDATES) {
            throw new IllegalArgumentException("This priority's update for the report is closed.");
        }
        OwnerUpdate clean = validate(update);
        try {
            workplan.rate(row.getPriorityId(), clean.rag(), clean.ragReason(), planUpdate(report, clean));
        } catch (InvalidInputException e) {
            throw new ReportInputException(e.errors());
        }
        row.update(clean, actor.personId(), actor.displayName(), clock.instant());
        record(reportId, actor.displayName(), "Update given", row.getTitle() + ": " + clean.rag().describe());
    }

    /** An INT lead compiles the report; it then waits for approval. */
    public void compiled(long reportId, ReportSections sections, AccessProfile actor) {
        HighlightReport report = load(reportId);
        requireLead(report, actor);
        if (report.getStatus() != ReportStatus.COMPILING) {
            throw new IllegalArgumentException("This report is not being compiled now.");
        }
        ReportSections clean = validate(sections);
        report.compile(clean, actor.personId(), clock.instant());
        record(reportId, actor.displayName(), "Report compiled", null);
    }

    /** An INT lead approves the report (the portal then publishes it) or sends it back saying what to change. */
    public void reviewed(long reportId, boolean approved, String changesNeeded, AccessProfile actor) {
        HighlightReport report = load(reportId);
        requireLead(report, actor);
        if (report.getStatus() != ReportStatus.AWAITING_APPROVAL) {
            throw new IllegalArgumentException("This report is not waiting for approval.");
        }
        if (approved) {
            report.approve(actor.personId(), clock.instant());
            record(reportId, actor.displayName(), "Approved", null);
            return;
        }
        String changes = trimToNull(changesNeeded);
        if (changes == null || changes.length() > HighlightReport.CHANGES_LENGTH) {
            throw new ReportInputException(List.of(new FieldError(MonthlyHighlightReport.VAR_CHANGES_NEEDED,
                    "What needs to change?", changes == null ? "Please say what needs to change."
                    : "Must be " + HighlightReport.CHANGES_LENGTH + " characters or fewer.")));
        }
        report.sendBack(changes);
        record(reportId, actor.displayName(), "Sent back for changes", changes);
    }

    // ---- What the engine does with nobody signed in -------------------------------------------------------------

    /**
     * Starts this month's report for every INT whose work plan covers the month, unless it has one already. Safe to
     * run twice: the second run starts nothing.
     *
     * @return the ids of the reports started now
     */
    public List<Long> startScheduledReports() {
        YearMonth month = YearMonth.now(clock);
        List<Long> started = new ArrayList<>();
        for (PlanSummary plan : workplan.plansOfYear(planYearOf(month))) {
            if (reports.findByTeamIdAndPeriod(plan.teamId(), month.toString()).isEmpty()) {
                started.add(start(plan.teamId(), month, null, "The monthly schedule"));
            }
        }
        log.info("Highlight reports for {}: started {} ({} already had one)", periodLabel(month), started.size(),
                workplan.plansOfYear(planYearOf(month)).size() - started.size());
        return started;
    }

    /** The reminder is due: records it. Safe to run twice. */
    public void remindersSent(long reportId) {
        HighlightReport report = load(reportId);
        if (!report.remind(clock.instant())) {
            return;
        }
        List<HighlightReportPriority> waiting = priorities.findByReportIdOrderBySortOrderAscIdAsc(reportId).stream()
                .filter(p -> p.getState() == UpdateState.WAITING).toList();
        record(reportId, THE_PORTAL, "Reminder sent", waiting.isEmpty() ? "Every owner has updated."
                : "Still to update by " + DAY.format(report.getUpdatesDue().atZone(clock.getZone())) + ": "
                + waiting.stream().map(HighlightReportService::titleAndOwner).collect(Collectors.joining("; "))
                + ".");
    }

    /** Every owner has updated, or the deadline has passed: the missing updates are recorded. Safe to run twice. */
    public void updatesClosed(long reportId) {
        HighlightReport report = load(reportId);
        if (!report.closeUpdates(clock.instant())) {
            return;
        }
        List<HighlightReportPriority> rows = priorities.findByReportIdOrderBySortOrderAscIdAsc(reportId);
        List<HighlightReportPriority> missed = rows.stream().filter(p -> p.getState() == UpdateState.WAITING)
                .toList();
        missed.forEach(HighlightReportPriority::missed);
        long asked = rows.stream().filter(p -> p.getState() != UpdateState.NOT_ASKED).count();
        String detail = (asked - missed.size()) + " of " + asked + " updated in time."
                + (missed.isEmpty() ? "" : " Not updated in time: "
                + missed.stream().map(HighlightReportService::titleAndOwner).collect(Collectors.joining("; ")) + ".");
        record(reportId, THE_PORTAL, "Updates closed", detail);
    }

    /** The approved report is published. Safe to run twice. */
    public void published(long reportId) {
        HighlightReport report = load(reportId);
        if (report.publish(clock.instant())) {
            record(reportId, THE_PORTAL, "Published", "Members of the INT and its ICB's managers can read it now.");
        }
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

    private String planUpdate(HighlightReport report, OwnerUpdate update) {
        return "For the " + periodLabel(YearMonth.parse(report.getPeriod())) + " highlight report: "
                + update.progress() + "\nNext month: " + update.nextMonth();
    }

    private static OwnerUpdate validate(OwnerUpdate update) {
        List<FieldError> errors = new ArrayList<>();
        if (update.rag() == null) {
            errors.add(new FieldError(MonthlyHighlightReport.VAR_RAG, "How is the priority doing?",
                    "Please choose how the priority is doing."));
        }
        String reason = text(update.ragReason(), MonthlyHighlightReport.VAR_RAG_REASON, "Why this status?", false,
                OwnerUpdate.TEXT_LENGTH, errors);
        if ((update.rag() == Rag.AMBER || update.rag() == Rag.RED) && reason == null) {
            errors.add(new FieldError(MonthlyHighlightReport.VAR_RAG_REASON, "Why this status?",
                    "Say why it is " + update.rag().name().toLowerCase() + ", so the INT knows what help is needed."));
        }
        OwnerUpdate clean = new OwnerUpdate(update.rag(), reason,
                text(update.progress(), MonthlyHighlightReport.VAR_PROGRESS, "What progress was made this month?",
                        true, OwnerUpdate.TEXT_LENGTH, errors),
                text(update.nextMonth(), MonthlyHighlightReport.VAR_NEXT_MONTH, "What will happen next month?", true,
                        OwnerUpdate.TEXT_LENGTH, errors),
                text(update.learning(), MonthlyHighlightReport.VAR_LEARNING, "Learning to share", false,
                        OwnerUpdate.TEXT_LENGTH, errors),
                text(update.helpNeeded(), MonthlyHighlightReport.VAR_HELP_NEEDED, "Help or support needed", false,
                        OwnerUpdate.TEXT_LENGTH, errors),
                text(update.issuesRisks(), MonthlyHighlightReport.VAR_ISSUES_RISKS, "Issues and risks", false,
                        OwnerUpdate.TEXT_LENGTH, errors));
        if (!errors.isEmpty()) {
            throw new ReportInputException(errors);
        }
        return clean;
    }

    private static ReportSections validate(ReportSections sections) {
        List<FieldError> errors = new ArrayList<>();
        int max = ReportSections.SECTION_LENGTH;
        ReportSections clean = new ReportSections(
                text(sections.prioritiesSummary(), MonthlyHighlightReport.VAR_PRIORITIES_SUMMARY, "Priorities", true,
                        max, errors),
                text(sections.outcomes(), MonthlyHighlightReport.VAR_OUTCOMES, "Outcomes", false, max, errors),
                text(sections.completedLastMonth(), MonthlyHighlightReport.VAR_COMPLETED_LAST_MONTH,
                        "Key activities completed last month", true, max, errors),
                text(sections.plannedNextMonth(), MonthlyHighlightReport.VAR_PLANNED_NEXT_MONTH,
                        "Key activities for next month", true, max, errors),
                text(sections.learningToShare(), MonthlyHighlightReport.VAR_LEARNING_TO_SHARE, "Learning to share",
                        false, max, errors),
                text(sections.helpRequested(), MonthlyHighlightReport.VAR_HELP_REQUESTED,
                        "Requests for help or support", false, max, errors),
                text(sections.issuesAndRisks(), MonthlyHighlightReport.VAR_ISSUES_AND_RISKS, "Issues and risks",
                        false, max, errors),
                text(sections.missedUpdates(), MonthlyHighlightReport.VAR_MISSED_UPDATES,
                        "Updates not received in time", false, ReportSections.MISSED_UPDATES_LENGTH, errors));
        if (!errors.isEmpty()) {
            throw new ReportInputException(errors);
        }
        return clean;
    }

    /** The trimmed text, or null when empty; adds an error when it is missing but required, or too long. */
    private static String text(String value, String key, String label, boolean required, int max,
                               List<FieldError> errors) {
        String trimmed = trimToNull(value);
        if (trimmed == null) {
            if (required) {
                errors.add(new FieldError(key, label, "Please fill this in."));
            }
        } else if (trimmed.length() > max) {
            errors.add(new FieldError(key, label, "Must be " + max + " characters or fewer."));
        }
        return trimmed;
    }

    private HighlightReport load(long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new NotAllowedException(NOT_FOUND));
    }

    private HighlightReport readable(long reportId, AccessProfile me) {
        HighlightReport report = load(reportId);
        if (!mayRead(me, report)) {
            throw new NotAllowedException(NOT_FOUND);
        }
        return report;
    }

    /** The INT's leads read every report of it; its members and ICB managers only what is published. */
    private static boolean mayRead(AccessProfile me, HighlightReport report) {
        return me.leads(report.getTeamId())
                || (me.teamsInView().contains(report.getTeamId()) && report.getStatus() == ReportStatus.PUBLISHED);
    }

    private static void requireLead(HighlightReport report, AccessProfile me) {
        if (!me.leads(report.getTeamId())) {
            throw new NotAllowedException("Only the INT's leads can compile and approve its highlight report.");
        }
    }

    /** The owner asked for this priority's update; for a priority without a lead person, any of the INT's leads. */
    private static void requireAsked(HighlightReportPriority row, HighlightReport report, AccessProfile me) {
        boolean asked = row.getOwnerId() == null ? me.leads(report.getTeamId())
                : Objects.equals(row.getOwnerId(), me.personId()) || me.leads(report.getTeamId());
        if (!asked) {
            throw new NotAllowedException("This update was asked of " + row.getOwnerName() + ".");
        }
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
