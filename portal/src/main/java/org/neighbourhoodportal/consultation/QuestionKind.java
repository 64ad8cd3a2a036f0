package org.neighbourhoodportal.consultation;

import java.util.List;

/** The kinds of question a consultation asks, and how each answer is kept (one text per answer). Stored by name. */
public enum QuestionKind {
    /** Any text, up to {@link ConsultationLimits#ANSWER_LENGTH}. */
    FREE_TEXT("Free text"),
    /** One of the question's choices. */
    SINGLE_CHOICE("Choose one"),
    /** Any of the question's choices, kept one a line. */
    MULTIPLE_CHOICE("Choose any"),
    /** One point of {@link #AGREEMENT_SCALE}. */
    AGREEMENT("Agreement scale"),
    /** Every choice once, most important first, kept one a line. */
    RANKING("Ranking");

    /** The five-point scale the agreement questions use. */
    public static final List<String> AGREEMENT_SCALE = List.of("Strongly agree", "Agree",
            "Neither agree nor disagree", "Disagree", "Strongly disagree");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the question needs a list of choices set up with it. */
    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == RANKING;
    }
}
