package org.neighbourhoodportal.processes;

import java.util.Set;

/**
 * Names in {@code processes/MaturityAssessment.bpmn}: an INT's maturity self-assessment for a period. The domain
 * owners are asked in a round of answers (the shared {@link ResponseRound}, called by {@link #TASK_ASK_DOMAIN_OWNERS});
 * the INT lead moderates (sending a domain back to its owner with a question as often as needed) and submits; the
 * ICB manager reviews and either sends questions back to the lead (a loop) or accepts, and the assessment is
 * published to the team.
 *
 * <p>Business key: the assessment record's id. Plain Java on purpose: portal code that uses these names needs no
 * engine classes.
 */
public final class MaturityAssessment {

    public static final String KEY = "MaturityAssessment";
    public static final String RESOURCE = "processes/MaturityAssessment.bpmn";

    // Elements
    public static final String EVENT_ASSESSMENT_OPENED = "Event_AssessmentOpened";
    /** Call activity: the {@link ResponseRound} asking every domain owner, given {@link ResponseRound#INPUTS}. */
    public static final String TASK_ASK_DOMAIN_OWNERS = "Task_AskDomainOwners";
    public static final String GATEWAY_BACK_TO_LEAD = "Gateway_BackToLead";
    public static final String TASK_MODERATE_ASSESSMENT = "Task_ModerateAssessment";
    public static final String GATEWAY_MODERATION_OUTCOME = "Gateway_ModerationOutcome";
    public static final String TASK_ANSWER_LEAD_QUESTION = "Task_AnswerLeadQuestion";
    public static final String TASK_REVIEW_ASSESSMENT = "Task_ReviewAssessment";
    public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
    public static final String TASK_PUBLISH_ASSESSMENT = "Task_PublishAssessment";
    public static final String EVENT_ASSESSMENT_PUBLISHED = "Event_AssessmentPublished";

    // Variables given at start
    /** Long: the assessment record's id (also the business key). */
    public static final String VAR_ASSESSMENT_ID = "assessmentId";
    /** Long: the INT assessing itself. */
    public static final String VAR_TEAM_ID = "teamId";
    /** String: the INT lead's candidate group, e.g. {@code team:5:lead}. */
    public static final String VAR_LEAD_GROUP = "leadGroup";
    /** String: the ICB managers' candidate group, e.g. {@code icb:2:manager}. */
    public static final String VAR_ICB_GROUP = "icbGroup";
    // and the round's: ResponseRound.INPUTS, made by the portal's rounds.RoundService.open

    // Variables written by the user tasks (form field keys the model routes on)
    /** String, from the moderation form: {@link #MODERATION_SUBMIT} or {@link #MODERATION_SEND_BACK}. */
    public static final String VAR_MODERATION = "moderation";
    public static final String MODERATION_SUBMIT = "submit";
    public static final String MODERATION_SEND_BACK = "send-back";
    /** String, from the moderation form when sending back: the domain owner's work group. */
    public static final String VAR_RETURN_TO = "returnTo";
    /** String, from the review form: {@link #REVIEW_ACCEPT} or {@link #REVIEW_QUESTIONS}. */
    public static final String VAR_REVIEW = "review";
    public static final String REVIEW_ACCEPT = "accept";
    public static final String REVIEW_QUESTIONS = "questions";

    // Forms (files forms/definitions/<key>.form)
    /** The form of each domain owner's task in the round (passed as {@link ResponseRound#VAR_ANSWER_FORM}). */
    public static final String FORM_ASSESS_YOUR_DOMAINS = "assess-your-domains";
    public static final String FORM_MODERATE_ASSESSMENT = "moderate-assessment";
    public static final String FORM_ANSWER_LEAD_QUESTION = "answer-lead-question";
    public static final String FORM_REVIEW_ASSESSMENT = "review-assessment";

    // Delegate beans (bound by delegateExpression, one per service task)
    public static final String DELEGATE_PUBLISH_ASSESSMENT = "publishAssessmentDelegate";

    public static final Set<String> DELEGATES = Set.of(DELEGATE_PUBLISH_ASSESSMENT);

    private MaturityAssessment() {
    }
}
