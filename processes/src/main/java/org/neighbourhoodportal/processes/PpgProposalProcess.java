package org.neighbourhoodportal.processes;

import java.util.Set;

/**
 * Names in {@code processes/PpgProposalProcess.bpmn}: the INT asks its PPGs for their view on a proposal (the
 * feedback loop run the other way). Every PPG gets its own task; the closing date cancels any still open; the lead
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
    /** Parallel multi-instance: one task per PPG group in {@link #VAR_PPG_GROUPS}. */
    public static final String TASK_GIVE_VIEW_ON_PROPOSAL = "Task_GiveViewOnProposal";
    public static final String TIMER_PROPOSAL_CLOSED = "Timer_ProposalClosed";
    public static final String GATEWAY_VIEWS_IN = "Gateway_ViewsIn";
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
    /** java.util.List&lt;String&gt;: the candidate groups of the PPGs asked, e.g. {@code ["ppg:3", "ppg:4"]}. */
    public static final String VAR_PPG_GROUPS = "ppgGroups";
    /** java.util.Date: when the PPGs' answers close; outstanding ones are cancelled then. */
    public static final String VAR_CLOSES_ON = "closesOn";

    /** String, local to each instance of {@link #TASK_GIVE_VIEW_ON_PROPOSAL}: the PPG group that task is for. */
    public static final String VAR_PPG_GROUP = "ppgGroup";

    // Variables written by the user tasks (the form field keys); the PPG's three are task-local
    public static final String VAR_VIEW = "view";
    public static final String VAR_COMMENTS = "comments";
    public static final String VAR_PEOPLE_CONSULTED = "peopleConsulted";
    public static final String VAR_DECISION = "decision";

    // Forms (files forms/definitions/<key>.form)
    /** Start form: filled in by the INT lead before the process exists, so the model does not name it. */
    public static final String FORM_SHARE_PROPOSAL = "share-proposal";
    public static final String FORM_GIVE_VIEW_ON_PROPOSAL = "give-view-on-proposal";
    public static final String FORM_RECORD_PROPOSAL_DECISION = "record-proposal-decision";

    // Delegate beans (bound by delegateExpression, one per service task)
    public static final String DELEGATE_PUBLISH_PROPOSAL_OUTCOME = "publishProposalOutcomeDelegate";

    public static final Set<String> DELEGATES = Set.of(DELEGATE_PUBLISH_PROPOSAL_OUTCOME);

    private PpgProposalProcess() {
    }
}
