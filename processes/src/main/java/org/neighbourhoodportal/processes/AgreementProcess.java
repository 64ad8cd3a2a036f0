package org.neighbourhoodportal.processes;

import java.util.Set;

/**
 * Names in {@code processes/AgreementProcess.bpmn}: agreeing an INT's terms of reference (ToR) or memorandum of
 * understanding (MoU) (issue 12). Comments and signatures are asked in rounds of answers (the shared
 * {@link ResponseRound}): each member organisation comments or states no objection, the lead revises and repeats or
 * sends the version for sign-off, each organisation's designated signatory signs, the version is published and in
 * force, and on its review date a new draft opens.
 *
 * <p>Business key: the agreement's id. Plain Java on purpose: portal code that uses these names needs no engine
 * classes.
 */
public final class AgreementProcess {

    public static final String KEY = "AgreementProcess";
    public static final String RESOURCE = "processes/AgreementProcess.bpmn";

    // Elements
    public static final String EVENT_DRAFT_SHARED = "Event_DraftShared";
    public static final String TASK_PREPARE_COMMENT_ROUND = "Task_PrepareCommentRound";
    public static final String TASK_ASK_FOR_COMMENTS = "Task_AskForComments";
    public static final String TASK_REVISE_DRAFT = "Task_ReviseDraft";
    public static final String GATEWAY_NEXT_STEP = "Gateway_NextStep";
    public static final String TASK_PREPARE_SIGN_OFF = "Task_PrepareSignOff";
    public static final String TASK_ASK_FOR_SIGNATURES = "Task_AskForSignatures";
    public static final String TASK_CHECK_SIGNATURES = "Task_CheckSignatures";
    public static final String GATEWAY_ALL_SIGNED = "Gateway_AllSigned";
    public static final String TASK_RESOLVE_MISSING_SIGNATURES = "Task_ResolveMissingSignatures";
    public static final String TASK_PUBLISH_VERSION = "Task_PublishVersion";
    /** Intermediate timer: waits until {@link #VAR_REVIEW_AT}. */
    public static final String EVENT_REVIEW_DUE = "Event_ReviewDue";
    public static final String TASK_OPEN_REVIEW_DRAFT = "Task_OpenReviewDraft";
    public static final String EVENT_REVIEW_OPENED = "Event_ReviewOpened";

    // Variables given at start
    /** Long: the agreement's id (also the business key). */
    public static final String VAR_AGREEMENT_ID = "agreementId";
    /** String: the INT lead's candidate group. */
    public static final String VAR_LEAD_GROUP = "leadGroup";

    // Variables written by steps
    /** String, the revise form: {@link #ANOTHER_ROUND} or {@link #SIGN_OFF}. */
    public static final String VAR_NEXT_STEP = "nextStep";
    public static final String ANOTHER_ROUND = "another-round";
    public static final String SIGN_OFF = "sign-off";
    /** Boolean, by Task_CheckSignatures. */
    public static final String VAR_ALL_SIGNED = "allSigned";
    /** Date, by Task_PublishVersion: the review date of the version in force. */
    public static final String VAR_REVIEW_AT = "reviewAt";

    // Forms
    /** Start form: the lead's first draft, before the process exists. */
    public static final String FORM_DRAFT_AGREEMENT = "draft-terms-of-reference";
    /** Each organisation's task in a comment round. */
    public static final String FORM_COMMENT_ON_AGREEMENT = "comment-on-terms-of-reference";
    /** Each organisation's task in a sign-off round. */
    public static final String FORM_SIGN_AGREEMENT = "sign-terms-of-reference";
    public static final String FORM_REVISE_AGREEMENT = "revise-terms-of-reference";
    public static final String FORM_RESOLVE_MISSING_SIGNATURES = "resolve-missing-signatures";
    /**
     * Start form of the annual review's round: the lead edits the review draft on the agreement's page and shares it
     * for comment, which starts this process again from {@link #EVENT_DRAFT_SHARED}.
     */
    public static final String FORM_SHARE_REVIEW_DRAFT = "share-review-terms-of-reference";

    // Delegate beans
    public static final String DELEGATE_PREPARE_ROUND = "prepareAgreementRoundDelegate";
    public static final String DELEGATE_CHECK_SIGNATURES = "checkSignaturesDelegate";
    public static final String DELEGATE_PUBLISH = "publishAgreementDelegate";
    public static final String DELEGATE_OPEN_REVIEW_DRAFT = "openReviewDraftDelegate";

    public static final Set<String> DELEGATES = Set.of(DELEGATE_PREPARE_ROUND, DELEGATE_CHECK_SIGNATURES,
            DELEGATE_PUBLISH, DELEGATE_OPEN_REVIEW_DRAFT);

    private AgreementProcess() {
    }
}
