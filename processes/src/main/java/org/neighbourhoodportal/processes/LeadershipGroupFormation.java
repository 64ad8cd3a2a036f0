package org.neighbourhoodportal.processes;

import java.util.Set;

/**
 * Names in {@code processes/LeadershipGroupFormation.bpmn}: forming an INT's leadership group (issue 12). The lead has
 * defined the seats; each member organisation is asked for nominations in a round of answers (the shared
 * {@link ResponseRound}, called by {@link #TASK_ASK_FOR_NOMINATIONS}); the decision tables {@link CoreSeatCoverage}
 * and {@link OrganisationShareOfSeats} find the gaps; the lead asks again or accepts them with a reason, confirms the
 * group, everyone nominated is told, and the lead is reminded before the term of office ends.
 *
 * <p>Business key: the leadership group's id. Plain Java on purpose: portal code that uses these names needs no
 * engine classes.
 */
public final class LeadershipGroupFormation {

    public static final String KEY = "LeadershipGroupFormation";
    public static final String RESOURCE = "processes/LeadershipGroupFormation.bpmn";

    // Elements
    public static final String EVENT_SEATS_DEFINED = "Event_SeatsDefined";
    public static final String TASK_PREPARE_NOMINATIONS = "Task_PrepareNominations";
    /** Call activity: the {@link ResponseRound} asking every member organisation, given {@link ResponseRound#INPUTS}. */
    public static final String TASK_ASK_FOR_NOMINATIONS = "Task_AskForNominations";
    public static final String TASK_CHECK_CORE_SEATS = "Task_CheckCoreSeats";
    public static final String GATEWAY_ANY_GAPS = "Gateway_AnyGaps";
    public static final String TASK_RESOLVE_GAPS = "Task_ResolveGaps";
    public static final String GATEWAY_ASK_AGAIN = "Gateway_AskAgain";
    public static final String TASK_CONFIRM_GROUP = "Task_ConfirmGroup";
    public static final String TASK_TELL_NOMINEES = "Task_TellNominees";
    /** Intermediate timer: waits until {@link #VAR_TERM_REMINDER_AT}. */
    public static final String EVENT_TERM_ENDING_SOON = "Event_TermEndingSoon";
    public static final String TASK_REMIND_LEAD_OF_TERM_END = "Task_RemindLeadOfTermEnd";
    public static final String EVENT_GROUP_FORMED = "Event_GroupFormed";

    // Variables given at start
    /** Long: the leadership group's id (also the business key). */
    public static final String VAR_GROUP_ID = "groupId";
    /** Long: the INT. */
    public static final String VAR_TEAM_ID = "teamId";
    /** String: the INT lead's candidate group, e.g. {@code team:5:lead}. */
    public static final String VAR_LEAD_GROUP = "leadGroup";
    // and the round's (ResponseRound.INPUTS), set by Task_PrepareNominations from the latest call for nominations

    // Variables written by steps
    /** Boolean, by Task_CheckCoreSeats: a core seat is uncovered or an organisation would hold a majority. */
    public static final String VAR_GAPS_FOUND = "gapsFound";
    /** String, the resolve-gaps form: {@link #ASK_AGAIN} or {@link #ACCEPT_GAPS}. */
    public static final String VAR_NEXT_STEP = "nextStep";
    public static final String ASK_AGAIN = "ask-again";
    public static final String ACCEPT_GAPS = "accept-gaps";
    /** Date, by Task_TellNominees: when the lead is reminded the term of office is ending. */
    public static final String VAR_TERM_REMINDER_AT = "termReminderAt";

    // Forms (files forms/definitions/<key>.form)
    /** Start form: filled in by the INT lead before the process exists, so the model does not name it. */
    public static final String FORM_DEFINE_LEADERSHIP_GROUP = "define-leadership-group";
    /** The form of each organisation's task in the round (passed as {@link ResponseRound#VAR_ANSWER_FORM}). */
    public static final String FORM_NOMINATE_FOR_SEATS = "nominate-for-leadership-seats";
    public static final String FORM_RESOLVE_LEADERSHIP_GAPS = "resolve-leadership-gaps";
    public static final String FORM_CONFIRM_LEADERSHIP_GROUP = "confirm-leadership-group";

    // Delegate beans (bound by delegateExpression, one per service task)
    public static final String DELEGATE_PREPARE_NOMINATIONS = "prepareNominationsDelegate";
    public static final String DELEGATE_CHECK_CORE_SEATS = "checkCoreSeatsDelegate";
    public static final String DELEGATE_TELL_NOMINEES = "tellNomineesDelegate";
    public static final String DELEGATE_REMIND_TERM_END = "remindTermEndDelegate";

    public static final Set<String> DELEGATES = Set.of(DELEGATE_PREPARE_NOMINATIONS, DELEGATE_CHECK_CORE_SEATS,
            DELEGATE_TELL_NOMINEES, DELEGATE_REMIND_TERM_END);

    private LeadershipGroupFormation() {
    }
}
