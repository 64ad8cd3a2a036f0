package org.neighbourhoodportal.processes;

import java.util.Set;

/**
 * Names in {@code processes/MonthlyHighlightReport.bpmn}: one INT's monthly highlight report. Each priority's owner
 * updates their priority by a deadline (one task per priority, a reminder before the deadline, outstanding updates
 * cancelled at it); the INT lead then compiles the report in the Suffolk format, approves it or sends it back for
 * changes, and the portal publishes it.
 *
 * <p>Business key: the report record's id. The process carries ids, who is asked and the deadlines; the updates and
 * the report itself live in the portal's tables. Plain Java on purpose: portal code that uses these names needs no
 * engine classes.
 */
public final class MonthlyHighlightReport {

    public static final String KEY = "MonthlyHighlightReport";
    public static final String RESOURCE = "processes/MonthlyHighlightReport.bpmn";

    // Elements
    public static final String EVENT_REPORT_STARTED = "Event_ReportStarted";
    /** Parallel multi-instance: one task per entry of {@link #VAR_UPDATE_REQUESTS}. */
    public static final String TASK_UPDATE_PRIORITY = "Task_UpdatePriority";
    public static final String TIMER_UPDATE_REMINDER = "Timer_UpdateReminder";
    public static final String TASK_REMIND_OWNERS = "Task_RemindOwners";
    public static final String EVENT_OWNERS_REMINDED = "Event_OwnersReminded";
    public static final String TIMER_UPDATES_DEADLINE = "Timer_UpdatesDeadline";
    public static final String GATEWAY_UPDATES_IN = "Gateway_UpdatesIn";
    public static final String TASK_CLOSE_UPDATES = "Task_CloseUpdates";
    public static final String GATEWAY_READY_TO_COMPILE = "Gateway_ReadyToCompile";
    public static final String TASK_COMPILE_REPORT = "Task_CompileReport";
    public static final String TASK_APPROVE_REPORT = "Task_ApproveReport";
    public static final String GATEWAY_APPROVED = "Gateway_Approved";
    public static final String FLOW_APPROVED = "Flow_Approved";
    public static final String FLOW_CHANGES_REQUESTED = "Flow_ChangesRequested";
    public static final String TASK_PUBLISH_REPORT = "Task_PublishReport";
    public static final String EVENT_REPORT_PUBLISHED = "Event_ReportPublished";

    // Variables given at start
    /** Long: the report record's id (also the business key). */
    public static final String VAR_REPORT_ID = "reportId";
    /** Long: the INT whose report it is. */
    public static final String VAR_TEAM_ID = "teamId";
    /** String: the INT lead's candidate group, e.g. {@code team:5:lead}. */
    public static final String VAR_LEAD_GROUP = "leadGroup";
    /**
     * java.util.List of java.util.Map: one entry per priority whose owner is asked for an update, each with
     * {@link #REQUEST_PRIORITY_ID}, {@link #REQUEST_ASSIGNEE} and {@link #REQUEST_CANDIDATE_GROUPS}.
     */
    public static final String VAR_UPDATE_REQUESTS = "updateRequests";
    /** java.util.Date: when the owners' updates are due; outstanding ones are cancelled then. */
    public static final String VAR_UPDATES_DUE = "updatesDue";
    /** java.util.Date: when the owners who have not updated yet are reminded. */
    public static final String VAR_REMIND_ON = "remindOn";

    /** java.util.Map, local to each instance of {@link #TASK_UPDATE_PRIORITY}: the entry that task is for. */
    public static final String VAR_UPDATE_REQUEST = "updateRequest";
    /** Key in an update request, String: the work plan priority to update. */
    public static final String REQUEST_PRIORITY_ID = "priorityId";
    /** Key in an update request, String or null: the owner's person id, the portal's engine user id. */
    public static final String REQUEST_ASSIGNEE = "assignee";
    /**
     * Key in an update request, java.util.List of String: empty when there is an owner; the INT lead's group when the
     * priority has no lead person, so one of the leads updates it.
     */
    public static final String REQUEST_CANDIDATE_GROUPS = "candidateGroups";

    // Variables written by the user tasks (the form field keys); the owner's are task-local
    /** One of {@code blue}, {@code green}, {@code amber}, {@code red}. */
    public static final String VAR_RAG = "rag";
    public static final String VAR_RAG_REASON = "ragReason";
    public static final String VAR_PROGRESS = "progress";
    public static final String VAR_NEXT_MONTH = "nextMonth";
    public static final String VAR_LEARNING = "learning";
    public static final String VAR_HELP_NEEDED = "helpNeeded";
    public static final String VAR_ISSUES_RISKS = "issuesRisks";

    public static final String VAR_PRIORITIES_SUMMARY = "prioritiesSummary";
    public static final String VAR_OUTCOMES = "outcomes";
    public static final String VAR_COMPLETED_LAST_MONTH = "completedLastMonth";
    public static final String VAR_PLANNED_NEXT_MONTH = "plannedNextMonth";
    public static final String VAR_LEARNING_TO_SHARE = "learningToShare";
    public static final String VAR_HELP_REQUESTED = "helpRequested";
    public static final String VAR_ISSUES_AND_RISKS = "issuesAndRisks";
    public static final String VAR_MISSED_UPDATES = "missedUpdates";

    /** One of {@link #APPROVAL_APPROVE}, {@link #APPROVAL_CHANGES}. */
    public static final String VAR_APPROVAL = "approval";
    public static final String VAR_CHANGES_NEEDED = "changesNeeded";

    // Values the gateways test
    public static final String APPROVAL_APPROVE = "approve";
    public static final String APPROVAL_CHANGES = "changes";

    // Forms (files forms/definitions/<key>.form)
    public static final String FORM_UPDATE_PRIORITY_FOR_REPORT = "update-priority-for-report";
    public static final String FORM_COMPILE_HIGHLIGHT_REPORT = "compile-highlight-report";
    public static final String FORM_APPROVE_HIGHLIGHT_REPORT = "approve-highlight-report";

    // Delegate beans (bound by delegateExpression, one per service task)
    public static final String DELEGATE_REMIND_OWNERS = "remindOwnersDelegate";
    public static final String DELEGATE_CLOSE_UPDATES = "closeUpdatesDelegate";
    public static final String DELEGATE_PUBLISH_REPORT = "publishReportDelegate";

    public static final Set<String> DELEGATES = Set.of(
            DELEGATE_REMIND_OWNERS,
            DELEGATE_CLOSE_UPDATES,
            DELEGATE_PUBLISH_REPORT);

    /**
     * Task listener bean on {@link #TASK_UPDATE_PRIORITY} ({@code create}): tells the portal which task asks for which
     * priority, so the owner's form, the record beside it and the completion all find the right priority.
     */
    public static final String LISTENER_UPDATE_REQUESTED = "updateRequestedListener";

    private MonthlyHighlightReport() {
    }
}
