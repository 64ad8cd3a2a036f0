package org.neighbourhoodportal.consultation;

/** Text lengths, shared by the columns ({@code V040__create_consultations.sql}), the service's checks and the views. */
public final class ConsultationLimits {

    public static final int TITLE_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 20_000;
    public static final int STATEMENT_LENGTH = 2000;
    public static final int QUESTION_LENGTH = 1000;
    public static final int CHOICES_LENGTH = 2000;
    public static final int ANSWER_LENGTH = 10_000;
    public static final int THEME_TITLE_LENGTH = 200;
    public static final int THEME_TEXT_LENGTH = 4000;
    public static final int OUTCOME_LENGTH = 4000;
    public static final int MAX_QUESTIONS = 40;

    private ConsultationLimits() {
    }
}
