package org.neighbourhoodportal.processes;

import java.util.Set;

/**
 * Names in {@code processes/ConsultationProcess.bpmn}: the INT consults its member organisations and/or PPGs on a
 * strategy. The invitations are a round of answers (the shared {@link ResponseRound}, called by
 * {@link #TASK_INVITE_RESPONSES}): one task per organisation or PPG, reminders, extension, close at the deadline. Then,
 * if anyone responded, the INT lead codes the responses into themes with the INT's response to each and publishes the
 * outcome ("you said, we did") to every respondent; a timer escalates when no outcome is published within
 * {@link #VAR_OUTCOME_DUE_WITHIN} of closing (Cabinet Office principles: publish a response, usually within 12 weeks).
 *
 * <p>Business key: the consultation record's id. Plain Java: portal code that uses these names needs no engine classes.
 */
public final class ConsultationProcess {

    public static final String KEY = "ConsultationProcess";
    public static final String RESOURCE = "processes/ConsultationProcess.bpmn";

    // Elements
    public static final String EVENT_CONSULTATION_LAUNCHED = "Event_ConsultationLaunched";
    /** Call activity: the {@link ResponseRound} inviting every organisation or PPG, given {@link ResponseRound#INPUTS}. */
    public static final String TASK_INVITE_RESPONSES = "Task_InviteResponses";
    public static final String TASK_COUNT_RESPONSES = "Task_CountResponses";
    public static final String GATEWAY_ANY_RESPONSES = "Gateway_AnyResponses";
    public static final String FLOW_RESPONSES_RECEIVED = "Flow_ResponsesReceived";
    public static final String FLOW_NO_RESPONSES = "Flow_NoResponses";
    public static final String TASK_RECORD_NO_RESPONSES = "Task_RecordNoResponses";
    public static final String EVENT_CLOSED_WITHOUT_RESPONSES = "Event_ClosedWithoutResponses";
    public static final String TASK_CODE_RESPONSES = "Task_CodeResponses";
    public static final String TIMER_OUTCOME_OVERDUE = "Timer_OutcomeOverdue";
    public static final String TASK_ESCALATE_OVERDUE_OUTCOME = "Task_EscalateOverdueOutcome";
    public static final String EVENT_OUTCOME_ESCALATED = "Event_OutcomeEscalated";
    public static final String TASK_PUBLISH_OUTCOME = "Task_PublishOutcome";
    public static final String EVENT_OUTCOME_PUBLISHED = "Event_OutcomePublished";

    // Variables given at start
    /** Long: the consultation record's id (also the business key). */
    public static final String VAR_CONSULTATION_ID = "consultationId";
    /** String: the INT lead's candidate group, e.g. {@code team:5:lead}. */
    public static final String VAR_LEAD_GROUP = "leadGroup";
    /** String: ISO-8601 duration after closing by which the outcome is due, e.g. {@code P84D} (12 weeks). */
    public static final String VAR_OUTCOME_DUE_WITHIN = "outcomeDueWithin";
    // and the round's: ResponseRound.INPUTS, made by the portal's rounds.RoundService.open

    /** Boolean, set by {@link #TASK_COUNT_RESPONSES}: whether any organisation or PPG responded. */
    public static final String VAR_ANY_RESPONSES = "anyResponses";

    // Variables written by the user tasks (the form field keys)
    public static final String VAR_OUTCOME_SUMMARY = "outcomeSummary";
    public static final String VAR_NO_RESPONSES_NOTE = "noResponsesNote";

    // Forms (files forms/definitions/<key>.form)
    /** The form of each organisation's or PPG's task in the round (passed as {@link ResponseRound#VAR_ANSWER_FORM}). */
    public static final String FORM_SUBMIT_CONSULTATION_RESPONSE = "submit-consultation-response";
    public static final String FORM_PUBLISH_CONSULTATION_OUTCOME = "publish-consultation-outcome";
    public static final String FORM_RECORD_NO_CONSULTATION_RESPONSES = "record-no-consultation-responses";

    // Delegate beans (bound by delegateExpression, one per service task)
    public static final String DELEGATE_COUNT_RESPONSES = "countConsultationResponsesDelegate";
    public static final String DELEGATE_ESCALATE_OVERDUE_OUTCOME = "escalateOverdueOutcomeDelegate";
    public static final String DELEGATE_PUBLISH_OUTCOME = "publishConsultationOutcomeDelegate";

    public static final Set<String> DELEGATES = Set.of(DELEGATE_COUNT_RESPONSES, DELEGATE_ESCALATE_OVERDUE_OUTCOME,
            DELEGATE_PUBLISH_OUTCOME);

    private ConsultationProcess() {
    }
}
