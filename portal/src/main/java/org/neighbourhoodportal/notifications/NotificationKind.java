package org.neighbourhoodportal.notifications;

/**
 * The kinds of thing the portal tells people, each with its default {@link Delivery}: one for staff, a quieter one
 * for PPG volunteers. People choose per kind on their preferences page. A workflow that needs a new kind (a
 * consultation opened, a document to sign) adds a constant here with its words and defaults; nothing else changes.
 * Stored by name (columns {@code kind}, 40 characters): never rename a constant.
 */
public enum NotificationKind {
    TASK_OFFERED("A task for me or my organisation", Delivery.IMMEDIATELY, Delivery.PORTAL_ONLY, false),
    DEADLINE_REMINDER("A reminder before a deadline", Delivery.IMMEDIATELY, Delivery.DAILY_DIGEST, false),
    OVERDUE("Overdue or escalated work", Delivery.IMMEDIATELY, Delivery.PORTAL_ONLY, false),
    RESPONSE_TO_FEEDBACK("A response to feedback I sent", Delivery.IMMEDIATELY, Delivery.IMMEDIATELY, false),
    ROUND_OPENED("A request for views opened", Delivery.IMMEDIATELY, Delivery.IMMEDIATELY, false),
    ROUND_CLOSING("A request for views closing soon", Delivery.IMMEDIATELY, Delivery.DAILY_DIGEST, false),
    /** How the team handles something (routing, referral): never shown to PPG volunteers. */
    INTERNAL_NOTE("A note on how the team handles something", Delivery.DAILY_DIGEST, Delivery.PORTAL_ONLY, true),
    /** Rounds of answers (rounds): the lead chased my organisation or PPG for its answer. */
    ROUND_CHASED("A lead chasing my answer to a round", Delivery.IMMEDIATELY, Delivery.IMMEDIATELY, false),
    /** Rounds of answers (rounds): a round's deadline moved, or it was closed early. */
    ROUND_CHANGED("A round's deadline moved, or the round closed early", Delivery.IMMEDIATELY, Delivery.IMMEDIATELY,
            false),
    /** timeline (issue 8): a record someone had a task on was withdrawn by its owner, so the task has gone. */
    RECORD_WITHDRAWN("Something I had a task on was withdrawn", Delivery.IMMEDIATELY, Delivery.PORTAL_ONLY, false),
    /** Directory administration (issue 9): someone left and the tasks they had picked up came back to the team. */
    TASKS_RETURNED("Tasks back with my team when someone leaves", Delivery.IMMEDIATELY, Delivery.PORTAL_ONLY, true),
    /**
     * Invitations and password resets (feature: invite, docs/adr/0016): always e-mailed, never under the bell, and
     * not a choice on the preferences page (see {@link AccountMail}).
     */
    ACCOUNT_EMAIL("An invitation or a link to set my password", Delivery.IMMEDIATELY, Delivery.IMMEDIATELY, false,
            false),
    // --- maturity self-assessments (issue 11) ---
    /** The INT's maturity self-assessment was accepted by the ICB and published to the team. */
    MATURITY_PUBLISHED("My team's maturity self-assessment published", Delivery.IMMEDIATELY, Delivery.PORTAL_ONLY,
            true),
    /** The ICB sent the assessment back with questions, or the lead sent a domain back to its owner. */
    MATURITY_QUESTIONS("Questions on a maturity self-assessment", Delivery.IMMEDIATELY, Delivery.PORTAL_ONLY, true),
    // --- governance (issue 12) ---
    /** Governance: the leadership group I was nominated for has been confirmed, with or without me. */
    LEADERSHIP_OUTCOME("The outcome of my nomination to a leadership group", Delivery.IMMEDIATELY,
            Delivery.IMMEDIATELY, false),
    /** Governance: the leadership group's term of office ends soon (for the INT's leads). */
    TERM_ENDING("A leadership group's term of office ending soon", Delivery.IMMEDIATELY, Delivery.PORTAL_ONLY, true),
    /** Governance: a ToR or MoU has been signed by every organisation and is in force. */
    AGREEMENT_IN_FORCE("Terms of reference or an MoU agreed and in force", Delivery.IMMEDIATELY,
            Delivery.PORTAL_ONLY, false),
    /** Governance: a ToR or MoU reached its review date and a new draft is open (for the INT's leads). */
    AGREEMENT_REVIEW_DUE("Terms of reference or an MoU due for review", Delivery.IMMEDIATELY, Delivery.PORTAL_ONLY,
            true),
    // --- consultation (issue 13) ---
    /** A consultation my organisation or PPG responded to has published its outcome ("you said, we did"). */
    CONSULTATION_OUTCOME("The outcome of a consultation we responded to", Delivery.IMMEDIATELY, Delivery.IMMEDIATELY,
            false);

    private final String label;
    private final Delivery staffDefault;
    private final Delivery volunteerDefault;
    private final boolean internal;
    private final boolean choosable;

    NotificationKind(String label, Delivery staffDefault, Delivery volunteerDefault, boolean internal) {
        this(label, staffDefault, volunteerDefault, internal, true);
    }

    NotificationKind(String label, Delivery staffDefault, Delivery volunteerDefault, boolean internal,
                     boolean choosable) {
        this.label = label;
        this.staffDefault = staffDefault;
        this.volunteerDefault = volunteerDefault;
        this.internal = internal;
        this.choosable = choosable;
    }

    /** Whether people choose how this kind reaches them (false: mail about their account, always e-mailed). */
    public boolean choosable() {
        return choosable;
    }

    /** What the preferences page calls it. */
    public String label() {
        return label;
    }

    /** How someone is told who has not chosen: volunteers get few e-mails. */
    public Delivery defaultFor(boolean volunteer) {
        return volunteer ? volunteerDefault : staffDefault;
    }

    /** Internal to the INT: PPG volunteers are never told, whoever raises it. */
    public boolean internal() {
        return internal;
    }
}
