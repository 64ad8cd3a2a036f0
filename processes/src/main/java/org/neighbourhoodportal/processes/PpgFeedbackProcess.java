package org.neighbourhoodportal.processes;

import java.util.Set;

/**
 * Names in {@code processes/PpgFeedbackProcess.bpmn}: the PPG feedback loop. A PPG rep's feedback is acknowledged
 * within a service level, routed (answered by the INT, referred to a member organisation, or added to the work plan
 * backlog), answered back to the PPG, and the rep confirms the loop is closed or reopens it.
 *
 * <p>Business key: the feedback record's id. The process carries ids and routing decisions only; the feedback itself
 * lives in the portal's tables. Plain Java on purpose: portal code that uses these names needs no engine classes.
 */
public final class PpgFeedbackProcess {

    public static final String KEY = "PpgFeedbackProcess";
    public static final String RESOURCE = "processes/PpgFeedbackProcess.bpmn";

    // Elements
    public static final String EVENT_FEEDBACK_SUBMITTED = "Event_FeedbackSubmitted";
    public static final String TASK_ACKNOWLEDGE_FEEDBACK = "Task_AcknowledgeFeedback";
    public static final String TIMER_ACKNOWLEDGEMENT_OVERDUE = "Timer_AcknowledgementOverdue";
    public static final String TASK_ESCALATE_ACKNOWLEDGEMENT = "Task_EscalateAcknowledgement";
    public static final String EVENT_ACKNOWLEDGEMENT_ESCALATED = "Event_AcknowledgementEscalated";
    public static final String GATEWAY_ROUTE_AGAIN = "Gateway_RouteAgain";
    public static final String TASK_ROUTE_FEEDBACK = "Task_RouteFeedback";
    public static final String GATEWAY_ROUTE_FEEDBACK = "Gateway_RouteFeedback";
    public static final String FLOW_ANSWER_DIRECTLY = "Flow_AnswerDirectly";
    public static final String FLOW_REFER_TO_ORGANISATION = "Flow_ReferToOrganisation";
    public static final String FLOW_ADD_TO_BACKLOG = "Flow_AddToBacklog";
    public static final String TASK_ADD_TO_BACKLOG = "Task_AddToBacklog";
    public static final String TASK_RESPOND_TO_PPG = "Task_RespondToPpg";
    public static final String TASK_RESPOND_FOR_ORGANISATION = "Task_RespondForOrganisation";
    public static final String GATEWAY_RESPONSE_READY = "Gateway_ResponseReady";
    public static final String TASK_PUBLISH_RESPONSE = "Task_PublishResponse";
    public static final String TASK_CONFIRM_LOOP_CLOSED = "Task_ConfirmLoopClosed";
    public static final String TIMER_CONFIRMATION_EXPIRED = "Timer_ConfirmationExpired";
    public static final String GATEWAY_LOOP_CLOSED = "Gateway_LoopClosed";
    public static final String FLOW_LOOP_CLOSED = "Flow_LoopClosed";
    public static final String FLOW_REOPENED = "Flow_Reopened";
    public static final String GATEWAY_CLOSE = "Gateway_Close";
    public static final String TASK_CLOSE_FEEDBACK = "Task_CloseFeedback";
    public static final String EVENT_FEEDBACK_CLOSED = "Event_FeedbackClosed";

    // Variables given at start
    /** Long: the feedback record's id (also the business key). */
    public static final String VAR_FEEDBACK_ID = "feedbackId";
    /** Long: the INT the feedback was sent to. */
    public static final String VAR_TEAM_ID = "teamId";
    /** String: the INT lead's candidate group, e.g. {@code team:5:lead}. */
    public static final String VAR_LEAD_GROUP = "leadGroup";
    /** String: the PPG's candidate group, e.g. {@code ppg:3}. */
    public static final String VAR_PPG_GROUP = "ppgGroup";
    /** java.util.Date: the service-level deadline for acknowledging the feedback. */
    public static final String VAR_ACKNOWLEDGE_DUE = "acknowledgeDue";
    /** String, ISO-8601 duration such as {@code P28D}: how long the PPG has to confirm before the loop closes. */
    public static final String VAR_CONFIRM_WITHIN = "confirmWithin";

    // Variables written by the user tasks (the form field keys)
    public static final String VAR_ACKNOWLEDGEMENT = "acknowledgement";
    /** One of {@link #ROUTE_ANSWER}, {@link #ROUTE_REFER}, {@link #ROUTE_BACKLOG}. */
    public static final String VAR_ROUTE = "route";
    /** String: the member organisation the feedback is referred to; only when routed {@link #ROUTE_REFER}. */
    public static final String VAR_REFERRED_ORGANISATION_ID = "referredOrganisationId";
    public static final String VAR_ROUTING_NOTE = "routingNote";
    /** String: the work plan priority backlog feedback is linked to; optional, only when routed {@link #ROUTE_BACKLOG}. */
    public static final String VAR_PRIORITY_ID = "priorityId";
    public static final String VAR_RESPONSE = "response";
    /** One of {@link #OUTCOME_CLOSED}, {@link #OUTCOME_REOPEN}. */
    public static final String VAR_OUTCOME = "outcome";
    public static final String VAR_REOPEN_REASON = "reopenReason";

    // Values the gateways test
    public static final String ROUTE_ANSWER = "answer";
    public static final String ROUTE_REFER = "refer";
    public static final String ROUTE_BACKLOG = "backlog";
    public static final String OUTCOME_CLOSED = "closed";
    public static final String OUTCOME_REOPEN = "reopen";

    // Forms (files forms/definitions/<key>.form)
    /** Start form: filled in by the PPG rep before the process exists, so the model does not name it. */
    public static final String FORM_SUBMIT_FEEDBACK = "submit-feedback";
    public static final String FORM_ACKNOWLEDGE_FEEDBACK = "acknowledge-feedback";
    public static final String FORM_ROUTE_FEEDBACK = "route-feedback";
    public static final String FORM_RESPOND_TO_FEEDBACK = "respond-to-feedback";
    public static final String FORM_CONFIRM_FEEDBACK_OUTCOME = "confirm-feedback-outcome";

    // Delegate beans (bound by delegateExpression, one per service task)
    public static final String DELEGATE_ESCALATE_ACKNOWLEDGEMENT = "escalateAcknowledgementDelegate";
    public static final String DELEGATE_ADD_TO_BACKLOG = "addToBacklogDelegate";
    public static final String DELEGATE_PUBLISH_RESPONSE = "publishResponseDelegate";
    public static final String DELEGATE_CLOSE_FEEDBACK = "closeFeedbackDelegate";

    public static final Set<String> DELEGATES = Set.of(
            DELEGATE_ESCALATE_ACKNOWLEDGEMENT,
            DELEGATE_ADD_TO_BACKLOG,
            DELEGATE_PUBLISH_RESPONSE,
            DELEGATE_CLOSE_FEEDBACK);

    private PpgFeedbackProcess() {
    }
}
