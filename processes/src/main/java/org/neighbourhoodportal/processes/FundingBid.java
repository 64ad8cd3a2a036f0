package org.neighbourhoodportal.processes;

import java.util.Set;

/**
 * Names in {@code processes/FundingBid.bpmn}: an INT's member organisations bid for funding together (issue 14).
 * Expressions of interest are a round of answers ({@link ResponseRound}); the go/no-go table ({@link BidGoNoGo})
 * recommends and the INT lead decides, overriding with a recorded reason; the lead partner is named and each
 * partner's designated signatory commits in a second round; drafting and internal approval run to internal due dates
 * counted back from the funder's deadline, with an escalation when the bid is not ready in time; then submission and
 * the outcome.
 *
 * <p>Business key: the bid record's id. Plain Java on purpose: portal code that uses these names needs no engine
 * classes.
 */
public final class FundingBid {

    public static final String KEY = "FundingBid";
    public static final String RESOURCE = "processes/FundingBid.bpmn";

    // Elements
    public static final String EVENT_OPPORTUNITY_LOGGED = "Event_OpportunityLogged";
    /** Call activity: the round asking member organisations whether they are interested. */
    public static final String TASK_ASK_FOR_INTEREST = "Task_AskForInterest";
    public static final String TASK_WEIGH_GO_NO_GO = "Task_WeighGoNoGo";
    public static final String TASK_DECIDE_GO_NO_GO = "Task_DecideGoNoGo";
    public static final String GATEWAY_GO_AHEAD = "Gateway_GoAhead";
    public static final String TASK_NAME_LEAD_PARTNER = "Task_NameLeadPartner";
    /** Call activity: the round asking each interested organisation's designated signatory to commit. */
    public static final String TASK_ASK_FOR_COMMITMENTS = "Task_AskForCommitments";
    public static final String TASK_CHECK_COMMITMENTS = "Task_CheckCommitments";
    public static final String GATEWAY_ALL_COMMITTED = "Gateway_AllCommitted";
    public static final String TASK_REVIEW_WITHDRAWALS = "Task_ReviewWithdrawals";
    public static final String GATEWAY_CARRY_ON = "Gateway_CarryOn";
    public static final String SUB_PROCESS_PREPARE_BID = "SubProcess_PrepareBid";
    public static final String EVENT_PREPARATION_STARTED = "Event_PreparationStarted";
    public static final String TASK_DRAFT_BID = "Task_DraftBid";
    public static final String TASK_APPROVE_BID = "Task_ApproveBid";
    public static final String GATEWAY_APPROVED = "Gateway_Approved";
    public static final String EVENT_BID_READY = "Event_BidReady";
    /** Non-interrupting timer on the preparation: the bid is not ready a set number of working days before. */
    public static final String TIMER_BID_NOT_READY = "Timer_BidNotReady";
    public static final String TASK_ESCALATE_BID_NOT_READY = "Task_EscalateBidNotReady";
    public static final String EVENT_ESCALATED = "Event_Escalated";
    public static final String TASK_SUBMIT_BID = "Task_SubmitBid";
    public static final String TASK_RECORD_OUTCOME = "Task_RecordOutcome";
    public static final String GATEWAY_OUTCOME = "Gateway_Outcome";
    public static final String EVENT_BID_WON = "Event_BidWon";
    public static final String EVENT_BID_LOST = "Event_BidLost";
    public static final String TASK_CLOSE_NOT_PURSUED = "Task_CloseNotPursued";
    public static final String EVENT_NOT_PURSUED = "Event_NotPursued";

    // Variables given at start
    /** Long: the bid record's id (also the business key). */
    public static final String VAR_BID_ID = "bidId";
    /** String: the INT lead's candidate group, e.g. {@code team:5:lead}. */
    public static final String VAR_LEAD_GROUP = "leadGroup";
    // and the interest round's: ResponseRound.INPUTS, made by the portal's rounds.RoundService.open; the lead's naming
    // step replaces them with the commitment round's

    // Variables written by the process's own steps
    /** Boolean: the go/no-go table recommends going ahead. */
    public static final String VAR_RECOMMENDED_GO = "recommendedGo";
    /** Boolean: every partner asked committed. */
    public static final String VAR_ALL_COMMITTED = "allCommitted";
    /** String: the work group that drafts, the lead partner's people in the INT. */
    public static final String VAR_DRAFT_GROUP = "draftGroup";
    /** Date: when drafting is due (internal, counted back from the funder's deadline). */
    public static final String VAR_DRAFT_DUE_AT = "draftDueAt";
    /** Date: when internal approval is due. */
    public static final String VAR_APPROVAL_DUE_AT = "approvalDueAt";
    /** Date: when the not-ready escalation fires. */
    public static final String VAR_ESCALATE_AT = "escalateAt";

    // Variables written by the user tasks (the form field keys the process routes on)
    /** String {@code go} or {@code no-go}: the lead's decision. */
    public static final String VAR_GO_AHEAD = "goAhead";
    public static final String GO = "go";
    public static final String NO_GO = "no-go";
    /** String {@code carry-on} or {@code stop}: after a partner withdrew. */
    public static final String VAR_CARRY_ON = "carryOn";
    public static final String CARRY_ON = "carry-on";
    public static final String STOP = "stop";
    /** String {@code approved} or {@code redraft}. */
    public static final String VAR_APPROVAL = "approval";
    public static final String APPROVED = "approved";
    public static final String REDRAFT = "redraft";
    /** String {@code won} or {@code lost}. */
    public static final String VAR_OUTCOME = "outcome";
    public static final String WON = "won";
    public static final String LOST = "lost";

    // Forms (files forms/definitions/<key>.form)
    public static final String FORM_LOG_OPPORTUNITY = "log-funding-opportunity";
    public static final String FORM_EXPRESS_INTEREST = "express-interest-in-bid";
    public static final String FORM_DECIDE_GO_NO_GO = "decide-go-no-go";
    public static final String FORM_NAME_LEAD_PARTNER = "name-lead-partner";
    public static final String FORM_COMMIT_TO_BID = "commit-to-bid";
    public static final String FORM_REVIEW_WITHDRAWALS = "review-partner-withdrawals";
    public static final String FORM_DRAFT_BID = "draft-bid";
    public static final String FORM_APPROVE_BID = "approve-bid";
    public static final String FORM_SUBMIT_BID = "submit-bid";
    public static final String FORM_RECORD_OUTCOME = "record-bid-outcome";

    // Delegate beans
    public static final String DELEGATE_WEIGH_GO_NO_GO = "weighGoNoGoDelegate";
    public static final String DELEGATE_CHECK_COMMITMENTS = "checkCommitmentsDelegate";
    public static final String DELEGATE_ESCALATE_BID_NOT_READY = "escalateBidNotReadyDelegate";
    public static final String DELEGATE_CLOSE_NOT_PURSUED = "closeNotPursuedDelegate";

    public static final Set<String> DELEGATES = Set.of(DELEGATE_WEIGH_GO_NO_GO, DELEGATE_CHECK_COMMITMENTS,
            DELEGATE_ESCALATE_BID_NOT_READY, DELEGATE_CLOSE_NOT_PURSUED);

    private FundingBid() {
    }
}
