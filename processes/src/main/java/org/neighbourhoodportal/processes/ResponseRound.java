package org.neighbourhoodportal.processes;

import java.util.List;
import java.util.Set;

/**
 * Names in {@code processes/ResponseRound.bpmn}: the shared "round of answers" that a workflow calls when it asks
 * each of several organisations or PPGs for something by a date (a view on a proposal, a nomination, comments on a
 * draft, a sign-off, a consultation response, a bid commitment). One task per party asked, offered to that party's
 * group; a reminder before the deadline; the deadline ends the tasks still open; the lead can chase one party, move
 * the deadline, or close the round early (three messages). See docs/adr/0010.
 *
 * <p>A workflow calls it with a call activity ({@code calledElement="ResponseRound"}) that passes {@link #INPUTS}
 * and the business key {@code ${roundKey}}; the portal's {@code rounds.RoundService.open} makes those values. The
 * round's records (who was asked, who answered, who is late) live in the portal's tables, not here.
 */
public final class ResponseRound {

    public static final String KEY = "ResponseRound";
    public static final String RESOURCE = "processes/ResponseRound.bpmn";

    // Elements
    public static final String EVENT_ROUND_OPENED = "Event_RoundOpened";
    /** Parallel multi-instance: one task per group in {@link #VAR_PARTY_GROUPS}. */
    public static final String TASK_ANSWER_ROUND = "Task_AnswerRound";
    public static final String TIMER_ROUND_CLOSING_SOON = "Timer_RoundClosingSoon";
    public static final String TASK_REMIND_OUTSTANDING = "Task_RemindOutstanding";
    public static final String EVENT_REMINDER_SENT = "Event_ReminderSent";
    public static final String EVENT_PARTY_CHASED = "Event_PartyChased";
    public static final String TASK_CHASE_PARTY = "Task_ChaseParty";
    public static final String EVENT_CHASE_SENT = "Event_ChaseSent";
    public static final String EVENT_DEADLINE_EXTENDED = "Event_DeadlineExtended";
    public static final String TASK_MOVE_DEADLINE = "Task_MoveDeadline";
    public static final String EVENT_DEADLINE_MOVED = "Event_DeadlineMoved";
    public static final String TIMER_ROUND_DEADLINE = "Timer_RoundDeadline";
    public static final String EVENT_CLOSED_EARLY = "Event_ClosedEarly";
    public static final String GATEWAY_ROUND_ENDS = "Gateway_RoundEnds";
    public static final String TASK_CLOSE_ROUND = "Task_CloseRound";
    public static final String EVENT_ROUND_CLOSED = "Event_RoundClosed";

    // Messages (correlated by the round's business key)
    /** The lead chases one party; carries {@link #VAR_CHASED_GROUP}. Non-interrupting. */
    public static final String MESSAGE_CHASE_PARTY = "ResponseRound_ChaseParty";
    /** The lead moves the deadline; carries new {@link #VAR_CLOSES_AT} and {@link #VAR_REMIND_AT}. Non-interrupting. */
    public static final String MESSAGE_EXTEND_DEADLINE = "ResponseRound_ExtendDeadline";
    /** The lead closes the round early; the open tasks end. Interrupting. */
    public static final String MESSAGE_CLOSE_EARLY = "ResponseRound_CloseEarly";

    // Variables the calling process passes in (call activity camunda:in)
    /** Long: the round record's id. */
    public static final String VAR_ROUND_ID = "roundId";
    /** String: the round's id as text, the called instance's business key. */
    public static final String VAR_ROUND_KEY = "roundKey";
    /** java.util.List&lt;String&gt;: the work group of each party asked, e.g. {@code ["ppg:3", "ppg:4"]}. */
    public static final String VAR_PARTY_GROUPS = "partyGroups";
    /** java.util.Date: when answers close; the tasks still open end then. */
    public static final String VAR_CLOSES_AT = "closesAt";
    /** java.util.Date: when the "closing soon" reminder goes to the parties that have not answered. */
    public static final String VAR_REMIND_AT = "remindAt";
    /** String: the form key of each party's task (a file in forms/definitions). */
    public static final String VAR_ANSWER_FORM = "answerForm";
    /** String: the name of each party's task as people read it, e.g. "Give your view on the proposal". */
    public static final String VAR_ANSWER_TASK_NAME = "answerTaskName";

    /** What a call activity must pass in, all of them. */
    public static final List<String> INPUTS = List.of(VAR_ROUND_ID, VAR_ROUND_KEY, VAR_PARTY_GROUPS, VAR_CLOSES_AT,
            VAR_REMIND_AT, VAR_ANSWER_FORM, VAR_ANSWER_TASK_NAME);

    /** String, local to each instance of {@link #TASK_ANSWER_ROUND}: the group that task is for. */
    public static final String VAR_PARTY_GROUP = "partyGroup";
    /** String, sent with {@link #MESSAGE_CHASE_PARTY}: the group of the party chased. */
    public static final String VAR_CHASED_GROUP = "chasedGroup";

    // Delegate beans (bound by delegateExpression, one per service task)
    public static final String DELEGATE_REMIND_OUTSTANDING = "remindOutstandingDelegate";
    public static final String DELEGATE_CHASE_PARTY = "chasePartyDelegate";
    public static final String DELEGATE_MOVE_DEADLINE = "moveDeadlineDelegate";
    public static final String DELEGATE_CLOSE_ROUND = "closeRoundDelegate";

    public static final Set<String> DELEGATES = Set.of(DELEGATE_REMIND_OUTSTANDING, DELEGATE_CHASE_PARTY,
            DELEGATE_MOVE_DEADLINE, DELEGATE_CLOSE_ROUND);

    private ResponseRound() {
    }
}
