package org.neighbourhoodportal.processes;

import java.util.Set;

/**
 * Names in {@code processes/PpgProposalProcess.bpmn}: the INT asks its PPGs for their view on a proposal (the
 * feedback loop run the other way). The PPGs are asked in a round of answers (the shared {@link ResponseRound},
 * called by {@link #TASK_ASK_THE_PPGS}): one task per PPG, a reminder, the closing date ends any still open; the lead
 * then records the decision and the outcome is published.
 *
 * <p>Business key: the proposal record's id. Plain Java on purpose: portal code that uses these names needs no engine
 * classes.
 */
public final class PpgProposalProcess {

    public static final String KEY = "PpgProposalProcess";
    public static final String RESOURCE = "processes/PpgProposalProcess.bpmn";

    // Elements
    public static final String EVENT_PROPOSAL_SHARED = "Event_ProposalShared";
    /** Call activity: the {@link ResponseRound} asking every PPG, given {@link ResponseRound#INPUTS}. */
    public static final String TASK_ASK_THE_PPGS = "Task_AskThePpgs";
    public static final String TASK_RECORD_PROPOSAL_DECISION = "Task_RecordProposalDecision";
    public static final String TASK_PUBLISH_PROPOSAL_OUTCOME = "Task_PublishProposalOutcome";
    public static final String EVENT_PROPOSAL_CLOSED = "Event_ProposalClosed";

    // Variables given at start
    /** Long: the proposal record's id (also the business key). */
    public static final String VAR_PROPOSAL_ID = "proposalId";
    /** Long: the INT asking. */
    public static final String VAR_TEAM_ID = "teamId";
    /** String: the INT lead's candidate group, e.g. {@code team:5:lead}. */
    public static final String VAR_LEAD_GROUP = "leadGroup";
    // and the round's: ResponseRound.INPUTS, made by the portal's rounds.RoundService.open

    // Variables written by the user tasks (the form field keys); the PPG's three (in the round) are task-local
    public static final String VAR_VIEW = "view";
    public static final String VAR_COMMENTS = "comments";
    public static final String VAR_PEOPLE_CONSULTED = "peopleConsulted";
    public static final String VAR_DECISION = "decision";

    // Forms (files forms/definitions/<key>.form)
    /** Start form: filled in by the INT lead before the process exists, so the model does not name it. */
    public static final String FORM_SHARE_PROPOSAL = "share-proposal";
    /** The form of each PPG's task in the round (passed as {@link ResponseRound#VAR_ANSWER_FORM}). */
    public static final String FORM_GIVE_VIEW_ON_PROPOSAL = "give-view-on-proposal";
    public static final String FORM_RECORD_PROPOSAL_DECISION = "record-proposal-decision";

    // Delegate beans (bound by delegateExpression, one per service task)
    public static final String DELEGATE_PUBLISH_PROPOSAL_OUTCOME = "publishProposalOutcomeDelegate";

    public static final Set<String> DELEGATES = Set.of(DELEGATE_PUBLISH_PROPOSAL_OUTCOME);

    private PpgProposalProcess() {
    }
}
