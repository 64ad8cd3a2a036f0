package org.neighbourhoodportal.reporting.process;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.forms.FieldError;
import org.neighbourhoodportal.processes.MonthlyHighlightReport;
import org.neighbourhoodportal.reporting.HighlightReportService;
import org.neighbourhoodportal.reporting.OwnerUpdate;
import org.neighbourhoodportal.reporting.ReportInputException;
import org.neighbourhoodportal.reporting.ReportPolicy;
import org.neighbourhoodportal.reporting.ReportSections;
import org.neighbourhoodportal.reporting.ReportStatus;
import org.neighbourhoodportal.reporting.UpdateState;
import org.neighbourhoodportal.reporting.domain.HighlightReport;
import org.neighbourhoodportal.reporting.ReportTimelines;
import org.neighbourhoodportal.timeline.Credit;
import org.neighbourhoodportal.timeline.Timeline;
import org.neighbourhoodportal.timeline.Visibility;
import org.neighbourhoodportal.reporting.domain.HighlightReportPriority;
import org.neighbourhoodportal.reporting.domain.HighlightReportPriorityRepository;
import org.neighbourhoodportal.reporting.domain.HighlightReportRepository;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.workplan.InvalidInputException;
import org.neighbourhoodportal.workplan.Rag;
import org.neighbourhoodportal.workplan.ProgressService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neighbourhoodportal.directory.WorkGroups;
import org.neighbourhoodportal.notifications.Audience;
import org.neighbourhoodportal.notifications.Notice;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each step of the monthly highlight report records. Package-private: only this package's task handler (the
 * owner's update, the lead's compiling and approval, checked against the person signed in now), listener and
 * delegates (the engine's steps, checked to be the engine) call it.
 */
@Component
@Transactional
class ReportSteps {

    // the engine's steps, credited on the timeline by these names (no person takes them)
    static final String REMIND_STEP = "Reminder before the updates are due";
    static final String CLOSE_UPDATES_STEP = "Closing the updates";
    static final String PUBLISH_STEP = "Publishing the report";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final HighlightReportRepository reports;
    private final HighlightReportPriorityRepository priorities;
    private final Timeline timeline;
    private final ProgressService progressService;
    private final ReportPolicy policy;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    ReportSteps(HighlightReportRepository reports, HighlightReportPriorityRepository priorities,
                Timeline timeline, ProgressService progressService, ReportPolicy policy,
                ApplicationEventPublisher published, Clock clock) {
        this.published = published;
        this.reports = reports;
        this.priorities = priorities;
        this.timeline = timeline;
        this.progressService = progressService;
        this.policy = policy;
        this.clock = clock;
    }

    // ---- The engine's steps ----------------------------------------------------------------------------------------

    /**
     * The engine created the task asking for this priority's update. Safe to run twice.
     *
     * @return the priority's title, which the task's name ends with so an owner of several priorities can tell
     *         their tasks apart
     */
    String updateRequested(long reportId, long priorityId, String taskId) {
        policy.requireEngine();
        HighlightReportPriority row = priorities.findByReportIdAndPriorityId(reportId, priorityId)
                .orElseThrow(() -> new IllegalStateException("Report " + reportId + " does not ask about priority "
                        + priorityId));
        row.askedThrough(taskId);
        return row.getTitle();
    }

    /** The reminder is due: records it. Safe to run twice. */
    void remindersSent(long reportId) {
        policy.requireEngine();
        HighlightReport report = load(reportId);
        if (!report.remind(clock.instant())) {
            return;
        }
        List<HighlightReportPriority> waiting = priorities.findByReportIdOrderBySortOrderAscIdAsc(reportId).stream()
                .filter(p -> p.getState() == UpdateState.WAITING).toList();
        String due = DAY.format(report.getUpdatesDue().atZone(clock.getZone()));
        record(reportId, Credit.step(REMIND_STEP), "REMINDED", "Reminder sent", waiting.isEmpty() ? "Every owner has updated."
                : "Still to update by " + due + ": "
                + waiting.stream().map(ReportSteps::titleAndOwner).collect(Collectors.joining("; "))
                + ".");
        // one reminder per owner, naming each priority of theirs still waiting; a priority without an owner is the
        // INT leads' to update
        Map<Long, List<HighlightReportPriority>> byOwner = waiting.stream().filter(p -> p.getOwnerId() != null)
                .collect(Collectors.groupingBy(HighlightReportPriority::getOwnerId, LinkedHashMap::new,
                        Collectors.toList()));
        byOwner.forEach((owner, rows) -> remind(report, Audience.person(owner), rows, due));
        List<HighlightReportPriority> unowned = waiting.stream().filter(p -> p.getOwnerId() == null).toList();
        if (!unowned.isEmpty()) {
            remind(report, Audience.group(WorkGroups.teamLeads(report.getTeamId())), unowned, due);
        }
    }

    private void remind(HighlightReport report, Audience who, List<HighlightReportPriority> rows, String due) {
        String route = rows.get(0).getTaskId() == null ? "tasks" : "tasks/" + rows.get(0).getTaskId();
        published.publishEvent(new Notice(NotificationKind.DEADLINE_REMINDER, "report:" + report.getId()
                + ":reminder", who, "Reminder: your update for " + report.getTitle() + " is due by " + due,
                "Give this month's update on " + rows.stream().map(HighlightReportPriority::getTitle)
                        .collect(Collectors.joining("; ")) + " before " + due + ", so the lead can compile the report.",
                route));
    }

    /** Every owner has updated, or the deadline has passed: the missing updates are recorded. Safe to run twice. */
    void updatesClosed(long reportId) {
        policy.requireEngine();
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
                + missed.stream().map(ReportSteps::titleAndOwner).collect(Collectors.joining("; ")) + ".");
        record(reportId, Credit.step(CLOSE_UPDATES_STEP), "UPDATES_CLOSED", "Updates closed", detail);
    }

    /** The approved report is published. Safe to run twice. */
    void published(long reportId) {
        policy.requireEngine();
        HighlightReport report = load(reportId);
        if (report.publish(clock.instant())) {
            record(reportId, Credit.step(PUBLISH_STEP), "PUBLISHED", "Published", "Members of the INT and its ICB's managers can read it now.");
        }
    }

    // ---- A person's steps: the signed-in person is the one acting ------------------------------------------------

    /**
     * The owner (or, for a priority without a lead person, an INT lead) gives the month's update. It also goes onto
     * the priority in the work plan, with its status, as an update by them.
     */
    void updateGiven(long reportId, String taskId, OwnerUpdate update) {
        AccessProfile actor = policy.me();
        HighlightReportPriority row = priorities.findByTaskId(taskId).filter(r -> r.getReportId() == reportId)
                .orElseThrow(() -> new NotAllowedException("That update is not asked for any more."));
        HighlightReport report = load(reportId);
        policy.requireAsked(actor, row, report);
        if (row.getState() != UpdateState.WAITING || report.getStatus() != ReportStatus.COLLECTING_UPDATES) {
            throw new IllegalArgumentException("This priority's update for the report is closed.");
        }
        OwnerUpdate clean = validate(update);
        try {
            progressService.rate(row.getPriorityId(), clean.rag(), clean.ragReason(), planUpdate(report, clean));
        } catch (InvalidInputException e) {
            throw new ReportInputException(e.errors());
        }
        row.update(clean, actor.personId(), actor.displayName(), clock.instant());
        record(reportId, Credit.person(actor), "UPDATE_GIVEN", "Update given", row.getTitle() + ": " + clean.rag().describe());
    }

    /** An INT lead compiles the report; it then waits for approval. */
    void compiled(long reportId, ReportSections sections) {
        AccessProfile actor = policy.me();
        HighlightReport report = load(reportId);
        policy.requireLead(actor, report.getTeamId());
        if (report.getStatus() != ReportStatus.COMPILING) {
            throw new IllegalArgumentException("This report is not being compiled now.");
        }
        ReportSections clean = validate(sections);
        report.compile(clean, actor.personId(), clock.instant());
        record(reportId, Credit.person(actor), "COMPILED", "Report compiled", null);
    }

    /** An INT lead approves the report (the portal then publishes it) or sends it back saying what to change. */
    void reviewed(long reportId, boolean approved, String changesNeeded) {
        AccessProfile actor = policy.me();
        HighlightReport report = load(reportId);
        policy.requireLead(actor, report.getTeamId());
        if (report.getStatus() != ReportStatus.AWAITING_APPROVAL) {
            throw new IllegalArgumentException("This report is not waiting for approval.");
        }
        if (approved) {
            report.approve(actor.personId(), clock.instant());
            record(reportId, Credit.person(actor), "APPROVED", "Approved", null);
            return;
        }
        String changes = trimToNull(changesNeeded);
        if (changes == null || changes.length() > HighlightReport.CHANGES_LENGTH) {
            throw new ReportInputException(List.of(new FieldError(MonthlyHighlightReport.VAR_CHANGES_NEEDED,
                    "What needs to change?", changes == null ? "Please say what needs to change."
                    : "Must be " + HighlightReport.CHANGES_LENGTH + " characters or fewer.")));
        }
        report.sendBack(changes);
        record(reportId, Credit.person(actor), "SENT_BACK", "Sent back for changes", changes);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private String planUpdate(HighlightReport report, OwnerUpdate update) {
        return "For the " + HighlightReportService.periodLabel(YearMonth.parse(report.getPeriod())) + " highlight report: "
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
        return reports.findById(reportId).orElseThrow(() -> new NotAllowedException(ReportPolicy.NOT_FOUND));
    }

    /** Everyone who may read the report sees its whole timeline: there is nothing in it for the INT alone. */
    private void record(long reportId, Credit by, String kind, String what, String detail) {
        timeline.append(ReportTimelines.report(reportId), by, kind, what, detail, Visibility.EVERYONE);
    }

    private static String titleAndOwner(HighlightReportPriority row) {
        return row.getTitle() + " (" + (row.getOwnerName() == null ? "the INT's leads" : row.getOwnerName()) + ")";
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
